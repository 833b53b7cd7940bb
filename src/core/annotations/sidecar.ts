// ARTICLE.wire.wirelens.yaml, the file beside an article that keeps the user's work: the merged
// analysis under the schema's keys (for people and tools that read wirelens/1), then the
// `annotations:` section (the set itself, which is all that is read back), then the YAML
// document end marker `...`, whose absence tells a file cut short from a complete one.
import { stringifyWirelens, toWirelensObject, type SourceInfo } from '../export/wirelensYaml';
import { readWirelensYaml, type YamlReadErrorCode } from '../export/yamlRead';
import type { ArticleAnalysis } from '../types';
import { mergeAnnotations } from './merge';
import type { AnnotationSet } from './model';
import { reanchor, type ReanchorReport } from './reanchor';
import { annotationsFromData, annotationsToData } from './setCodec';

/**
 * `dir/2021-06-10-barzani.wire` -> `dir/2021-06-10-barzani.wire.wirelens.yaml`: the article's whole file
 * name, so that `x.wire`, `x.news` and `x.txt` side by side each have their own sidecar.
 */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + '.wirelens.yaml';
}

/**
 * The name sidecars had at first, the article's last extension replaced (`dir/x.wire` ->
 * `dir/x.wirelens.yaml`): still read when an article has no sidecar of the current name. It could
 * belong to `x.news` as well as to `x.wire`, so it is never written over: the editor writes the
 * current name, and deletes the old file once it has taken over annotations that the old file's
 * sha256 (or the user) said were this article's.
 */
export function legacySidecarPathFor(articlePath: string): string {
  const slash = Math.max(articlePath.lastIndexOf('/'), articlePath.lastIndexOf('\\'));
  const dot = articlePath.lastIndexOf('.');
  return (dot > slash + 1 ? articlePath.slice(0, dot) : articlePath) + '.wirelens.yaml';
}

/** The sidecar's bytes-to-be: byte-identical for the same analysis, set and source. */
export function writeSidecar(analysis: ArticleAnalysis, set: AnnotationSet, source: SourceInfo): string {
  const merged = mergeAnnotations(analysis, set);
  return stringifyWirelens({ ...toWirelensObject(merged, source), annotations: annotationsToData(set) }) + '...\n';
}

export type SidecarErrorCode = YamlReadErrorCode | 'invalid' | 'text-changed';

export type SidecarParse =
  | { readonly ok: true; readonly set: AnnotationSet; readonly report: ReanchorReport }
  | {
    readonly ok: false;
    readonly code: SidecarErrorCode;
    readonly message: string;
    readonly line?: number;
    /**
     * For `text-changed`: the set re-anchored on the current text and what moved or was lost.
     * The caller shows the report and lets the user adopt it; it is never adopted silently.
     */
    readonly recovered?: { readonly set: AnnotationSet; readonly report: ReanchorReport };
  };

/**
 * The set kept in a sidecar, checked against the article it sits beside (`sha256` of its bytes
 * on disk). Every failure is a code and a message; nothing throws.
 */
export function parseSidecar(yamlText: string, articleText: string, sha256: string): SidecarParse {
  const read = readWirelensYaml(yamlText, { requireEnd: true });
  if (!read.ok) return read;
  if (!('annotations' in read.value)) return { ok: false, code: 'invalid', message: 'no annotations section: this is a wirelens/1 export, not a sidecar' };
  const decoded = annotationsFromData(read.value.annotations);
  if (!decoded.ok) return { ok: false, code: 'invalid', message: decoded.message };
  const source = read.value.source as { sha256?: unknown } | null | undefined;
  const recorded = source && typeof source === 'object' ? source.sha256 : undefined;
  // Re-anchoring is cheap when nothing moved, and catches offsets edited by hand.
  const recovered = reanchor(decoded.set, articleText);
  if (recorded !== sha256) {
    // Count annotations, not anchors: a quote and its cue moving together is one quote moved.
    const count = (xs: readonly { place: { owner: string; id: string } }[]) => new Set(xs.map(x => `${x.place.owner} ${x.place.id}`)).size;
    const lost = count(recovered.report.orphans), moved = count(recovered.report.moved);
    return {
      ok: false, code: 'text-changed', recovered,
      message: `the sidecar was written for other text (sha256 ${String(recorded ?? 'missing').slice(0, 12)}…, the article is ${sha256.slice(0, 12)}…): `
        + `re-anchored, ${moved} annotation(s) moved and ${lost} lost; review before keeping it`,
    };
  }
  return { ok: true, set: recovered.set, report: recovered.report };
}

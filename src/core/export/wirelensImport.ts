// A `wirelens/1` YAML file back into an AnnotationSet. A sidecar (it has `annotations:`) gives
// its set; a plain export (Wirelens' own, or gold data written to the schema) is read as the
// user's word on everything in it: each entity, mention, quote and paragraph role becomes a
// manual annotation. Either way the spans are then re-anchored on the article text, so a file
// whose offsets are off finds its spans by their text, and what is not found is reported.
import { anchorAt } from '../annotations/anchor';
import { Invalid, PARAGRAPH_ROLES, QUOTE_KINDS, int, list, obj, oneOf, optStr, str } from '../annotations/dataReader';
import type { Anchor, AnnotationSet, EntityRecord, MentionAnnotation, ParagraphRoleMark, QuoteAnnotation } from '../annotations/model';
import { normalizeSet } from '../annotations/order';
import { reanchor, type ReanchorReport } from '../annotations/reanchor';
import { annotationsFromData } from '../annotations/setCodec';
import { TextIndex, codePointLength } from '../text/codePoints';
import { ENTITY_TYPES } from '../types';
import { readWirelensYaml, type YamlReadErrorCode } from './yamlRead';

export interface WirelensImportOptions {
  /** Take the file's paragraph roles as the user's (default true). */
  readonly paragraphRoles?: boolean;
}

export type WirelensImport =
  | { readonly ok: true; readonly set: AnnotationSet; readonly report: ReanchorReport }
  | { readonly ok: false; readonly code: YamlReadErrorCode | 'invalid'; readonly message: string; readonly line?: number };

export function importWirelensYaml(yamlText: string, articleText: string, options: WirelensImportOptions = {}): WirelensImport {
  const read = readWirelensYaml(yamlText);
  if (!read.ok) return read;
  let set: AnnotationSet;
  if ('annotations' in read.value) {
    const decoded = annotationsFromData(read.value.annotations);
    if (!decoded.ok) return { ok: false, code: 'invalid', message: decoded.message };
    set = decoded.set;
  } else {
    try {
      set = fromSchemaKeys(read.value, new TextIndex(articleText), options.paragraphRoles !== false);
    } catch (e) {
      if (e instanceof Invalid) return { ok: false, code: 'invalid', message: `${e.path}: ${e.message}` };
      throw e;
    }
  }
  return { ok: true, ...reanchor(set, articleText) };
}

/**
 * A span of the file as an anchor: with its context when the text holds it there, else with
 * none, for re-anchoring to find it by its text.
 */
function spanAnchor(doc: TextIndex, v: unknown, path: string): Anchor {
  const o = obj(v, path);
  const text = str(o.text, `${path}.text`), start = int(o.start, `${path}.start`), end = int(o.end, `${path}.end`);
  if (end <= start || codePointLength(text) !== end - start) throw new Invalid(path, `[${start}, ${end}) does not fit its text "${text}"`);
  return end <= doc.length && doc.slice(start, end) === text ? anchorAt(doc, start, end) : { text, start, end, prefix: '', suffix: '' };
}
const optSpan = (doc: TextIndex, v: unknown, path: string) => (v === null || v === undefined ? null : spanAnchor(doc, v, path));

function fromSchemaKeys(file: Readonly<Record<string, unknown>>, doc: TextIndex, withRoles: boolean): AnnotationSet {
  let n = 0;
  const nextAnnotation = () => `a${++n}`;
  const entities: EntityRecord[] = [], mentions: MentionAnnotation[] = [], quotes: QuoteAnnotation[] = [], paragraphs: ParagraphRoleMark[] = [];
  const recordOf = new Map<string, string>();
  list(file.entities, 'entities').forEach((v, i) => {
    const p = `entities[${i}]`, e = obj(v, p);
    const id = `m${entities.length + 1}`;
    recordOf.set(str(e.id, `${p}.id`), id);
    entities.push({
      id, detected: null, type: oneOf(e.type, ENTITY_TYPES, `${p}.type`), name: str(e.name, `${p}.name`),
      aliases: list(e.aliases, `${p}.aliases`).map((x, k) => str(x, `${p}.aliases[${k}]`)),
      role: optSpan(doc, e.role_span, `${p}.role_span`), mergedInto: null,
    });
    list(e.mentions, `${p}.mentions`).forEach((m, k) => mentions.push({ id: nextAnnotation(), anchor: spanAnchor(doc, m, `${p}.mentions[${k}]`), entity: id }));
  });
  list(file.quotes, 'quotes').forEach((v, i) => {
    const p = `quotes[${i}]`, q = obj(v, p);
    const speaker = optStr(q.speaker, `${p}.speaker`);
    if (speaker !== null && !recordOf.has(speaker)) throw new Invalid(`${p}.speaker`, `no entity ${speaker}`);
    if (q.start === q.end) return; // an empty quotation ("") has nothing to anchor
    quotes.push({
      id: nextAnnotation(), anchor: spanAnchor(doc, q, p), kind: oneOf(q.kind, QUOTE_KINDS, `${p}.kind`),
      speaker: speaker === null ? null : recordOf.get(speaker)!,
      speakerMention: optSpan(doc, q.speaker_mention, `${p}.speaker_mention`), cue: optSpan(doc, q.cue, `${p}.cue`),
    });
  });
  if (withRoles) {
    const article = file.article === undefined || file.article === null ? {} : obj(file.article, 'article');
    list(article.paragraphs, 'article.paragraphs').forEach((v, i) => {
      const p = `article.paragraphs[${i}]`, o = obj(v, p);
      const start = int(o.start, `${p}.start`), end = int(o.end, `${p}.end`);
      if (end <= start || end > doc.length) throw new Invalid(p, `[${start}, ${end}) is not a span of the ${doc.length} code points of the text`);
      paragraphs.push({ id: nextAnnotation(), anchor: anchorAt(doc, start, end), role: oneOf(o.role, PARAGRAPH_ROLES, `${p}.role`) });
    });
  }
  return normalizeSet({ entities, mentions, quotes, paragraphs, rejections: [] });
}

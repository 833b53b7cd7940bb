// The CLI reads an article's sidecar (the user's annotations from the editor) the way the editor
// does: beside the article, or under --sidecar-dir mirroring the article's path from the working
// directory (as the `workspace` location mirrors it under .wirelens/). Its name is the article's
// whole file name plus `.wirelens.yaml`; one of the first naming (the article's extension replaced)
// is read when there is none of the current name. A sidecar that cannot be used is never guessed
// at: the export goes on without it and says why.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeArticle, parseSidecar, sidecarPathFor, type AnnotationSet } from '../core';
import { legacySidecarPathFor } from '../core/annotations/sidecar';

export type SidecarLookup =
  | { readonly found: false }
  | { readonly found: true; readonly path: string; readonly set: AnnotationSet }
  | { readonly found: true; readonly path: string; readonly error: string };

export function sidecarFor(file: string, sidecarDir: string | null, name: (p: string) => string = sidecarPathFor): string {
  if (sidecarDir === null) return name(file);
  const rel = path.relative(process.cwd(), path.resolve(file));
  const mirrored = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.basename(file);
  return path.join(sidecarDir, name(mirrored));
}

export function readSidecar(file: string, sidecarDir: string | null, text: string, sha256: string): SidecarLookup {
  const current = readOne(sidecarFor(file, sidecarDir), text, sha256);
  return current.found ? current : readOne(sidecarFor(file, sidecarDir, legacySidecarPathFor), text, sha256);
}

function readOne(p: string, text: string, sha256: string): SidecarLookup {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(p);
  } catch (e: any) {
    if (e.code === 'ENOENT') return { found: false };
    return { found: true, path: p, error: e.code === 'EACCES' ? 'permission denied' : e.message };
  }
  // Binary or mis-encoded bytes are named as such, in the editor's words (sidecarFiles.ts).
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { found: true, path: p, error: `not-yaml: ${decoded.message}` };
  const parsed = parseSidecar(decoded.text, text, sha256);
  if (parsed.ok) return { found: true, path: p, set: parsed.set };
  return { found: true, path: p, error: `${parsed.code}: ${parsed.message}` };
}

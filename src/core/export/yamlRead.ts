// Reading a `wirelens/1` YAML file someone gave us, without trusting it: syntax errors, files cut
// short, alias bombs, a list or a string where a document belongs, another format or a future
// version all come back as a code and a message, never as an exception.
import { LineCounter, parseDocument } from 'yaml';
import { FORMAT } from './wirelensYaml';

export type YamlReadErrorCode = 'not-yaml' | 'truncated' | 'alias-bomb' | 'not-a-map' | 'unknown-format' | 'future-format';

export interface YamlReadError {
  readonly ok: false;
  readonly code: YamlReadErrorCode;
  readonly message: string;
  /** 1-based line of the problem, when the parser knows it. */
  readonly line?: number;
}

export type YamlRead = { readonly ok: true; readonly value: Readonly<Record<string, unknown>> } | YamlReadError;

/** Aliases a `wirelens/1` file may expand; ours use none, a hand-edited one a few. */
export const MAX_ALIAS_COUNT = 100;

/**
 * The document's top-level map, checked to be `wirelens/1`. With `requireEnd`, a document that
 * does not end with the `...` marker (as sidecars are written) counts as cut short.
 */
export function readWirelensYaml(text: string, options: { requireEnd?: boolean } = {}): YamlRead {
  const ended = /(^|\n)\.\.\.[ \t]*(\r?\n)?$/.test(text);
  const cut = options.requireEnd && !ended;
  if (!text.trim()) return fail('truncated', 'the file is empty');
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lines.linePos(e.pos[0]).line;
    if (cut) return fail('truncated', `the file ends early (no closing "..." line) and is not valid YAML: ${firstLine(e.message)}`, line);
    return fail('not-yaml', `not valid YAML${line ? ` at line ${line}` : ''}: ${firstLine(e.message)}`, line);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      return fail('alias-bomb', `the file expands YAML aliases more than ${MAX_ALIAS_COUNT} times (a resource exhaustion attack, or not a Wirelens file)`);
    }
    return fail('not-yaml', `not valid YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = value === null || value === undefined ? 'nothing' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    return fail('not-a-map', `the file holds ${what}, not a map of keys (format, source, …)`);
  }
  const map = value as Record<string, unknown>;
  const format = map.format;
  if (typeof format !== 'string' || !/^wirelens\/\d+$/.test(format)) {
    return fail('unknown-format', `format is ${JSON.stringify(format ?? null)}, not "${FORMAT}"`);
  }
  if (format !== FORMAT) {
    const newer = Number(format.split('/')[1]) > Number(FORMAT.split('/')[1]);
    return fail(newer ? 'future-format' : 'unknown-format', newer
      ? `format ${format} is newer than this Wirelens reads (${FORMAT}); update Wirelens to open it`
      : `format ${format} is not one this Wirelens reads (${FORMAT})`);
  }
  if (cut) return fail('truncated', 'the file ends early: a sidecar ends with a "..." line, this one does not (cut short while writing or copying?)');
  return { ok: true, value: map };
}

function fail(code: YamlReadErrorCode, message: string, line?: number): YamlReadError {
  return line === undefined ? { ok: false, code, message } : { ok: false, code, message, line };
}

const firstLine = (s: string) => s.split('\n')[0];

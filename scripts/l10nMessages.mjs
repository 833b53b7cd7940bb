// The runtime messages of the extension: the first argument of every `vscode.l10n.t(…)` in a folder's .ts files,
// read from the sources (each must be a string literal, so that it can be translated). Used by
// scripts/l10n-messages.mjs and test/unit/l10n.test.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ESCAPES = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** The string literal starting at `at` (a quote), decoded; null when it is not a plain literal (a template with `${`). */
function readLiteral(source, at) {
  const quote = source[at];
  if (!`'"\``.includes(quote)) return null;
  let out = '';
  for (let i = at + 1; i < source.length; i++) {
    const c = source[i];
    if (c === quote) return out;
    if (quote === '`' && c === '$' && source[i + 1] === '{') return null;
    if (c !== '\\') { out += c; continue; }
    const e = source[++i];
    if (e === 'u' && source[i + 1] === '{') {
      const end = source.indexOf('}', i);
      out += String.fromCodePoint(parseInt(source.slice(i + 2, end), 16));
      i = end;
    } else if (e === 'u' || e === 'x') {
      const n = e === 'u' ? 4 : 2;
      out += String.fromCharCode(parseInt(source.slice(i + 1, i + 1 + n), 16));
      i += n;
    } else if (e === '\n') {
      // a line continuation adds nothing
    } else {
      out += ESCAPES[e] ?? e;
    }
  }
  return null;
}

/**
 * Every message of `l10n.t(…)` calls in the .ts files of `dir`, sorted and unique, and the calls whose first
 * argument is no string literal (they cannot be translated; they are errors).
 */
export function l10nMessages(dir) {
  const messages = new Set();
  const nonLiteral = [];
  for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.ts')).sort()) {
    const source = fs.readFileSync(path.join(dir, name), 'utf8');
    for (const m of source.matchAll(/\bl10n\.t\(\s*/g)) {
      const at = m.index + m[0].length;
      const message = readLiteral(source, at);
      if (message === null) nonLiteral.push(`${name}:${source.slice(0, m.index).split('\n').length}`);
      else messages.add(message);
    }
  }
  return { messages: [...messages].sort(), nonLiteral };
}

/** The `{0}`, `{1}` … a message uses, sorted: a translation must use the same. */
export function placeholders(message) {
  return [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
}

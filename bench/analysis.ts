// The analyzer's speed: throughput on 1 MB and 10 MB of wire copy against one tokenising regex pass
// (the cheapest thing that reads every character), tokens per second against wink-nlp, the latency of
// re-analysis after a one-character edit, and how the time grows on one long hostile paragraph.
import { analyze } from '../src/core/analyze';
import { tokenize } from '../src/core/text/tokens';
import { uniqueParagraphs, wireArticle, wireCorpus, type CorpusLanguage } from './corpus';
import { emit, progress, type Figure } from './figures';
import { median, percentile, seededRandom, time } from './random';

const MB = 1024 * 1024;
const BASELINE = /[\p{L}\p{M}]+|\p{N}+|\S/gu;

const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function baselinePass(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(BASELINE)) n++;
  return n;
}

const mbPerSecond = (text: string, ms: number) => Buffer.byteLength(text) / MB / (ms / 1000);

/** Throughput of analyze() and of the baseline on fresh copy of one size: the median of `runs` runs, each on other text. */
function throughput(language: CorpusLanguage, bytes: number, runs: number, seedBase: number): Figure[] {
  const label = `${language} ${bytes / MB} MB`;
  const ratios: number[] = [], ours: number[] = [], baseline: number[] = [], unique: number[] = [];
  for (let r = 0; r < runs; r++) {
    const text = wireCorpus(language, bytes, seedBase + r);
    unique.push(uniqueParagraphs(text));
    gc();
    const base = time(() => baselinePass(text));
    gc();
    const ms = time(() => analyze(text));
    ours.push(mbPerSecond(text, ms));
    baseline.push(mbPerSecond(text, base));
    ratios.push(base / ms);
    progress(`throughput ${label} run ${r + 1}/${runs}: analysis ${ms.toFixed(0)} ms, baseline ${base.toFixed(0)} ms`);
  }
  const id = `throughput.${language}.${bytes / MB}mb`;
  return [
    { id: `${id}.analysis`, label: `analysis, ${label}`, value: median(ours), unit: 'MB/s', note: `${(median(unique) * 100).toFixed(0)}% of paragraphs unique; the cache keeps earlier runs'` },
    { id: `${id}.baseline`, label: `baseline regex pass, ${label}`, value: median(baseline), unit: 'MB/s' },
    { id: `${id}.ratio`, label: `analysis / baseline speed, ${label}`, value: median(ratios), unit: '×', target: { op: '>=', value: 0.25 }, note: `median of ${runs} runs` },
  ];
}

interface WinkDoc { tokens(): { length(): number }; entities(): { out(): unknown[] } }
interface Wink { readDoc(text: string): WinkDoc }

/** Tokens per second through wink-nlp (tokens and entities) and through our analysis, on the same English copy. */
function againstWink(runs: number): Figure[] {
  // Loaded here, not bundled: a dev dependency and a large model.
  const nlp: Wink = require('wink-nlp')(require('wink-eng-lite-web-model'));
  const wink = (text: string) => { const doc = nlp.readDoc(text); doc.entities().out(); return doc.tokens().length(); };
  const warm = wireCorpus('en', MB / 4, 900);
  wink(warm);
  analyze(warm);
  const winkRates: number[] = [], ourRates: number[] = [];
  let winkTokens = 0, ourTokens = 0;
  for (let r = 0; r < runs; r++) {
    // Each run on other text: our analysis keeps paragraphs it has seen.
    const text = wireCorpus('en', MB, 910 + r);
    ourTokens = tokenize(text).length;
    gc();
    let counted = 0;
    const winkMs = time(() => (counted = wink(text)));
    winkTokens = counted;
    gc();
    const ourMs = time(() => analyze(text));
    winkRates.push(winkTokens / (winkMs / 1000));
    ourRates.push(ourTokens / (ourMs / 1000));
    progress(`wink-nlp run ${r + 1}/${runs}: wink ${winkMs.toFixed(0)} ms, analysis ${ourMs.toFixed(0)} ms`);
  }
  return [
    { id: 'wink.tokensPerSecond', label: 'wink-nlp readDoc + entities, en 1 MB', value: median(winkRates), unit: 'tokens/s', note: `${winkTokens} wink tokens` },
    { id: 'wink.ours.tokensPerSecond', label: 'our analysis, en 1 MB', value: median(ourRates), unit: 'tokens/s', note: `${ourTokens} core tokens` },
    { id: 'wink.ratio', label: 'our tokens/s / wink-nlp tokens/s', value: median(ourRates) / median(winkRates), unit: '×', target: { op: '>=', value: 1 } },
  ];
}

const INSERTED = { ar: 'بتثجحخدذرزسشصضطظعغفقكلمنهوي', en: 'abcdefghijklmnopqrstuvwxyz' };

/** p50 and p95 of analyze(edited) after one character is typed at a random place, the original analysed first. */
function reanalysis(language: CorpusLanguage, text: string, label: string, samples: number, p95Target: number, seed: number): Figure[] {
  const random = seededRandom(seed);
  analyze(text);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const at = Math.floor(random() * (text.length + 1));
    const letter = INSERTED[language][Math.floor(random() * INSERTED[language].length)];
    const edited = text.slice(0, at) + letter + text.slice(at);
    times.push(time(() => analyze(edited)));
  }
  progress(`re-analysis ${language} ${label}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
  const id = `reanalysis.${language}.${label.replace(/\s/g, '').toLowerCase()}`;
  return [
    { id: `${id}.p50`, label: `re-analysis after a 1-char edit, ${language} ${label}, p50`, value: percentile(times, 50), unit: 'ms' },
    { id: `${id}.p95`, label: `re-analysis after a 1-char edit, ${language} ${label}, p95`, value: percentile(times, 95), unit: 'ms', target: { op: '<', value: p95Target }, note: `${samples} edits` },
  ];
}

/** One paragraph, no line break, made of `unit` repeated: what a hostile or broken file can hand the analyzer. */
const HOSTILE_PARAGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['quotes.ar', 'قال الوزير “نعم” 😀 '],
  ['cues.ar', 'قال الوزير نعم وأضاف '],
  ['quotes.en', 'The minister said "yes" and left '],
  ['plain.ar', 'كلمة عادية هنا بلا علامات '],
];

/** Time for one paragraph of 16K characters, and how much longer than 8K it takes (linear: ×2). */
function hostileParagraphs(): Figure[] {
  return HOSTILE_PARAGRAPHS.map(([id, unit]) => {
    // Each run's paragraph starts with its own number: the analyzer keeps paragraphs it has seen.
    const paragraph = (chars: number, run: number) => `Headline\n${run} ${unit.repeat(Math.ceil(chars / unit.length))}\n`;
    const ms = (chars: number) => median([1, 2, 3].map(run => time(() => analyze(paragraph(chars, run)))));
    const small = ms(8 * 1024), large = ms(16 * 1024);
    progress(`hostile paragraph ${id}: 8K ${small.toFixed(0)} ms, 16K ${large.toFixed(0)} ms`);
    return {
      id: `hostileParagraph.${id}.16k`, label: `one 16K-char paragraph of ${JSON.stringify(unit.trim())}`, value: large, unit: 'ms',
      note: `×${(large / small).toFixed(1)} the time of 8K; linear would be ×2`,
    };
  });
}

const figures: Figure[] = [];
// Warm-up: the gazetteers are built and the code is compiled before anything is timed.
for (const language of ['ar', 'en'] as const) { analyze(wireCorpus(language, MB, 1)); baselinePass(wireCorpus(language, MB, 2)); }
for (const language of ['ar', 'en'] as const) {
  figures.push(...throughput(language, MB, 5, 100), ...throughput(language, 10 * MB, 3, 200));
}
figures.push(...againstWink(3));
for (const language of ['ar', 'en'] as const) {
  figures.push(
    ...reanalysis(language, wireArticle(language, 10 * 1024, 300), '10 KB', 300, 5, 301),
    ...reanalysis(language, wireCorpus(language, MB, 310), '1 MB', 60, 50, 311),
  );
}
figures.push(...hostileParagraphs());
emit(figures);

// Memory for 10 MB of wire copy, in a process of its own (bench/run.mjs starts it with --expose-gc):
// the peak resident set size while analysing, and the heap the finished analysis keeps.
//   node --expose-gc out/bench/memory.js ar|en
import { analyze } from '../src/core/analyze';
import { wireCorpus, type CorpusLanguage } from './corpus';
import { emit, type Figure } from './figures';

const MB = 1024 * 1024;
const language = process.argv[2] as CorpusLanguage;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const text = wireCorpus(language, 10 * MB, 700);
gc();
const before = process.memoryUsage();
const peakBefore = process.resourceUsage().maxRSS * 1024;
const analysis = analyze(text);
const peak = process.resourceUsage().maxRSS * 1024;
gc();
const after = process.memoryUsage();
const mb = (n: number) => n / MB;
// What was resident before the analysis: the text, the gazetteers, the code. Peak RSS only grows, so a
// peak below the one before the analysis means the analysis added nothing on top of it.
const figures: Figure[] = [
  { id: `memory.${language}.10mb.peakRss`, label: `peak RSS analysing ${language} 10 MB`, value: mb(Math.max(peak, peakBefore)), unit: 'MB', note: `RSS ${mb(before.rss).toFixed(0)} MB before, peak ${mb(peakBefore).toFixed(0)} MB while the copy was made` },
  { id: `memory.${language}.10mb.peakRssIncrease`, label: `RSS added by the analysis, ${language} 10 MB`, value: mb(Math.max(0, peak - before.rss)), unit: 'MB' },
  { id: `memory.${language}.10mb.retainedHeap`, label: `heap kept after analysing ${language} 10 MB (result + paragraph cache)`, value: mb(after.heapUsed - before.heapUsed), unit: 'MB', note: `${analysis.entities.length} entities, ${analysis.quotes.length} quotes` },
];
emit(figures);

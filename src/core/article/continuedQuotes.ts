// A quote that runs over paragraphs: wire style leaves the first paragraph's quote open and opens the
// next paragraph with a quote mark again ("It will take time and money.¶"But we will do it."). The
// first is no unclosed quote then, and the next one is the same speaker's.
import type { Line } from './lines';
import type { UQuote } from './quotes';

const RUNS_TO_END = /^[\s.,;:!?…؟،]*$/u;

/** For each quote that continues an earlier one, that one's index: `quotes` in text order, with their line numbers. */
export function continuedQuotes(lines: readonly Line[], quotes: ReadonlyArray<{ readonly q: UQuote; readonly line: number }>): Map<number, number> {
  const continues = new Map<number, number>();
  // (lines holds the paragraphs with text only, so the one after a paragraph is the next entry)
  const nextLine = new Map<number, Line>(), byIndex = new Map<number, Line>();
  for (let n = 0; n < lines.length; n++) { byIndex.set(lines[n].index, lines[n]); if (n + 1 < lines.length) nextLine.set(lines[n].index, lines[n + 1]); }
  for (let i = 0; i < quotes.length; i++) {
    const { q, line } = quotes[i];
    if (q.close || q.depth > 0) continue;
    // it runs to the paragraph's end: '"We will not allow attacks, he said.' is a quote someone forgot to close
    const own = byIndex.get(line)!;
    if (!RUNS_TO_END.test(own.text.slice(q.end - own.start))) continue;
    let k = i + 1;
    while (k < quotes.length && quotes[k].line === line) k++;
    if (k === quotes.length) break;
    // the next paragraph opens on a quote mark
    const next = nextLine.get(line);
    if (next && quotes[k].line === next.index && quotes[k].q.open.start === next.start) continues.set(k, i);
  }
  return continues;
}

// CoNLL-2003-style BIO: one token per line (`token TAG`), a blank line between paragraphs, the
// file opened by `-DOCSTART- O` so that articles can be concatenated. Tokens are words as the
// tokeniser sees them, Arabic clitics included: "وبارزاني" is one token, tagged B-PER although
// the mention itself is "بارزاني". Overlapping mentions: the earlier, then the longer, wins.
import { TextIndex } from '../text/codePoints';
import { tokenize } from '../text/tokens';
import type { ArticleAnalysis, EntityType } from '../types';

export type ConllTagset = 'conll2003' | 'wirelens';

export interface ConllOptions {
  /** `conll2003` (default): PER, ORG, LOC (GPE and LOC), MISC (EVENT and OTHER); `wirelens`: our six types. */
  readonly tagset?: ConllTagset;
  /** Write the `-DOCSTART- O` line first (default true). */
  readonly docstart?: boolean;
}

const CONLL2003: Readonly<Record<EntityType, string>> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', EVENT: 'MISC', OTHER: 'MISC' };

export function toConll(a: ArticleAnalysis, options: ConllOptions = {}): string {
  const label = (t: EntityType) => (options.tagset === 'wirelens' ? t : CONLL2003[t]);
  const doc = new TextIndex(a.text);
  const all = a.entities
    .flatMap(e => e.mentions.map(m => ({ start: m.start, end: m.end, label: label(e.type) })))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const mentions: typeof all = [];
  for (const m of all) if (mentions.length === 0 || m.start >= mentions[mentions.length - 1].end) mentions.push(m);

  const blocks: string[] = [];
  let k = 0;
  for (const p of a.paragraphs) {
    const lines: string[] = [];
    let last: (typeof mentions)[number] | undefined;
    for (const t of tokenize(p.text, doc.toUtf16(p.start))) {
      const start = doc.toCodePoint(t.start), end = doc.toCodePoint(t.end);
      while (k < mentions.length && mentions[k].end <= start) k++;
      const m = k < mentions.length && mentions[k].start < end ? mentions[k] : undefined;
      lines.push(`${t.text} ${m ? `${m === last ? 'I' : 'B'}-${m.label}` : 'O'}`);
      last = m;
    }
    if (lines.length) blocks.push(lines.join('\n'));
  }
  if (options.docstart !== false) blocks.unshift('-DOCSTART- O');
  return blocks.join('\n\n') + '\n';
}

// Everything a paragraph yields on its own — tokens, speech cues, quotes, name mentions — computed
// once per paragraph text and kept, so that re-analysing after an edit redoes only the paragraphs
// that changed (and the cheap document-wide passes). Offsets are UTF-16, absolute in the text.
import { tokenize, type Token } from '../text/tokens';
import { RecentMap } from '../text/recent';
import type { Line } from './lines';
import { findQuotes, type UQuote, type QuoteProblem, type Mark } from './quotes';
import { findCues, type UCue } from './cues';
import { paragraphMentions, type ParagraphMentions } from '../entities/recognize';
import type { RawMention, Join } from '../entities/chain';
import { wordOf, type Word } from '../entities/readings';

export interface ParagraphWork {
  readonly line: Line;
  readonly tokens: readonly Token[];
  /** Each word token's record (null for others) with its readings, as the name matchers look words up: kept, with no offsets to shift, for the names learned anew at every analysis. */
  readonly words: ReadonlyArray<Word | null>;
  readonly cues: readonly UCue[];
  readonly quotes: readonly UQuote[];
  readonly problems: readonly QuoteProblem[];
  readonly mentions: ParagraphMentions;
}

type Local = Omit<ParagraphWork, 'line'>;

const MEMO_LIMIT = 20000;

interface Entry {
  /** What the work was computed with, besides the text. */
  readonly language: string;
  readonly copyOffset: number;
  readonly skipNames: boolean;
  /** The work, with offsets as in the text where the paragraph was last seen (at `at`): paragraphs before an edit keep their offset. */
  readonly at: number;
  readonly work: Local;
}

/**
 * Per paragraph text, its work. Keyed by the text alone (the other inputs are checked on the entry):
 * a key string combining them would be copied and hashed whole for every paragraph of every analysis.
 */
const memo = new RecentMap<Entry>(MEMO_LIMIT);

/**
 * The work of one paragraph. `copyOffset` is where the copy starts in the line (after an inline
 * dateline); names are not looked for in `skipNames` lines (datelines, date lines).
 */
export function paragraphWork(line: Line, copyOffset: number, skipNames: boolean, language: string, attributionTail: (rest: string) => number): ParagraphWork {
  const key = line.text;
  const kept = memo.get(key);
  let entry = kept;
  if (!entry || entry.language !== language || entry.copyOffset !== copyOffset || entry.skipNames !== skipNames) {
    // computed where the paragraph is, so that a new paragraph needs no shifted copy
    entry = { language, copyOffset, skipNames, at: line.start, work: compute(line.text, line.start, copyOffset, skipNames, language, attributionTail) };
  }
  // One copy is kept, where the paragraph was last seen (paragraphs before an edit keep their offset).
  if (entry.at !== line.start) entry = { language, copyOffset, skipNames, at: line.start, work: shift(entry.work, line.start - entry.at) };
  if (entry !== kept) memo.set(key, entry);
  const { tokens, words, cues, quotes, problems, mentions } = entry.work;
  return { line, tokens, words, cues, quotes, problems, mentions };
}

/** The work of paragraph `text`, which starts at offset `base` in the article. */
function compute(text: string, base: number, copyOffset: number, skipNames: boolean, language: string, attributionTail: (rest: string) => number): Local {
  const tokens = tokenize(text, base);
  const turkic = language === 'tr' || language === 'az';
  // (each word looked up once here: the cue finder and the name matcher read what they ask of it from its record)
  const words = tokens.map(t => (t.kind === 'word' ? wordOf(t.text, turkic) : null));
  const cues = findCues(tokens, language === 'fa', words);
  const { quotes, problems } = findQuotes(text, base, attributionTail);
  const cueTokens = new Set<number>();
  for (const c of cues) for (let i = c.first; i <= c.last; i++) cueTokens.add(i);
  const mentions = skipNames ? { mentions: [], joins: [] } : paragraphMentions(text, base, tokens, words, quotes, copyOffset, language, i => cueTokens.has(i));
  return { tokens, words, cues, quotes, problems, mentions };
}

function shift(l: Local, by: number): Local {
  const sp = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  const span = (x: { start: number; end: number }) => ({ start: x.start + by, end: x.end + by });
  const mark = (m: Mark): Mark => ({ start: m.start + by, end: m.end + by, text: m.text, family: m.family });
  const mention = (m: RawMention): RawMention => ({ start: m.start + by, end: m.end + by, type: m.type, gid: m.gid, role: m.role ? span(m.role) : m.role, roleOnly: m.roleOnly, rank: m.rank });
  const join = (j: Join): Join => ({ from: span(j.from), to: span(j.to) });
  return {
    // tokens are the most numerous: built explicitly rather than spread
    tokens: l.tokens.map(t => ({ kind: t.kind, text: t.text, start: t.start + by, end: t.end + by })),
    words: l.words,
    cues: l.cues.map(sp),
    quotes: l.quotes.map(q => ({ open: mark(q.open), close: q.close && mark(q.close), start: q.start + by, end: q.end + by, depth: q.depth })),
    problems: l.problems.map(sp),
    mentions: { mentions: l.mentions.mentions.map(mention), joins: l.mentions.joins.map(join) },
  };
}

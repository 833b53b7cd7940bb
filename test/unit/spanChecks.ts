// Every span an analysis hands out, and the check that each is the code-point slice of its text:
// shared by the analyzer's tests and the robustness properties.
import * as assert from 'node:assert/strict';
import type { ArticleAnalysis, Span } from '../../src/core/types';

/** Every span the analysis hands out, with where it came from. */
export function spans(a: ArticleAnalysis): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  const add = (what: string, s: Span | null | undefined) => { if (s) out.push([what, s]); };
  add('headline', a.headline); add('deck', a.deck);
  if (a.dateline) { add('dateline', a.dateline); add('date', a.dateline.date); add('place', a.dateline.place); add('agency', a.dateline.agency); a.dateline.reporters.forEach(r => add('reporter', r)); }
  a.paragraphs.forEach(p => add(`paragraph ${p.index}`, p));
  a.quotes.forEach(q => { add(`quote ${q.id}`, q); add(`speaker of ${q.id}`, q.speakerMention); add(`cue of ${q.id}`, q.cue); });
  a.entities.forEach(e => { e.mentions.forEach(m => add(`mention of ${e.id}`, m)); add(`role of ${e.id}`, e.role); });
  a.cues.forEach(c => add('cue', c));
  return out;
}

export function assertSpansValid(text: string, a: ArticleAnalysis): void {
  const cps = [...text];
  for (const [what, s] of spans(a)) {
    assert.ok(s.start >= 0 && s.end >= s.start && s.end <= cps.length, `${what}: ${s.start}-${s.end} out of range`);
    assert.equal(s.text, cps.slice(s.start, s.end).join(''), `${what}: text is not the source slice`);
  }
  for (const d of a.diagnostics) assert.ok(d.start >= 0 && d.end >= d.start && d.end <= cps.length, `diagnostic ${d.code} out of range`);
}

// brat standoff: ARTICLE.txt (the text as is) and ARTICLE.ann. brat is Python and counts
// characters as code points, like our offsets, so they are written unchanged.
//
// What goes where (BRAT_ANNOTATION_CONF is the matching annotation.conf):
//   T  every entity mention, typed PERSON/ORG/GPE/LOC/EVENT/OTHER; every quote as `Quotation`
//      (the words between the marks); every cue (speech verb) of a quote as `Cue`.
//      A span across a line break is written as fragments (`10 20;21 30`), as brat wants.
//   A  `QuoteKind Tn speech|term` on every quotation.
//   R  `Speaker Arg1:<quote> Arg2:<mention>` when the quote names the mention that attributes it;
//      `SpeakerEntity Arg1:<quote> Arg2:<mention>` when it names only the speaker (Arg2 is then the
//      speaker's first mention, standing for the entity); `QuoteCue Arg1:<quote> Arg2:<cue>`.
//   *  `Coref Tn Tm …`: the mentions of one entity (entities with one mention need none).
//   #  `AnnotatorNotes <first mention>`: the entity's canonical name, then ` | alias` for each alias.
// Not carried: entity roles (appositions), paragraph roles, the dateline's parts.
import { TextIndex } from '../text/codePoints';
import type { ArticleAnalysis, Entity, Quote, Span } from '../types';

export interface BratFiles {
  readonly txt: string;
  readonly ann: string;
}

export const BRAT_ANNOTATION_CONF = [
  '[entities]', 'PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'OTHER', 'Quotation', 'Cue', '',
  '[relations]',
  'Speaker\tArg1:Quotation, Arg2:<ENTITY>',
  'SpeakerEntity\tArg1:Quotation, Arg2:<ENTITY>',
  'QuoteCue\tArg1:Quotation, Arg2:Cue',
  'Coref\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive', '',
  '[events]', '',
  '[attributes]',
  'QuoteKind\tArg:Quotation, Value:speech|term', '',
].join('\n');

/** The separator brat shows between the fragments of a discontinuous span. */
export const BRAT_FRAGMENT_JOIN = ' ';

interface TextBound { type: string; span: Span; entity?: Entity; quote?: Quote; cueOf?: Quote }

export function toBrat(a: ArticleAnalysis): BratFiles {
  const doc = new TextIndex(a.text);
  const items: TextBound[] = [
    ...a.entities.flatMap(e => e.mentions.map(m => ({ type: e.type, span: m, entity: e }))),
    ...a.quotes.filter(q => q.start < q.end).map(q => ({ type: 'Quotation', span: q as Span, quote: q })),
    ...a.quotes.filter(q => q.cue).map(q => ({ type: 'Cue', span: q.cue!, cueOf: q })),
  ].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end || (x.type < y.type ? -1 : x.type > y.type ? 1 : 0));
  const tid = new Map<TextBound, string>(items.map((t, i) => [t, `T${i + 1}`]));
  const mentionTs = new Map(items.filter(t => t.entity).map(t => [`${t.entity!.id} ${t.span.start} ${t.span.end}`, tid.get(t)!]));
  const mentionT = (e: Entity, s: Span) => mentionTs.get(`${e.id} ${s.start} ${s.end}`);

  const lines = items.map(t => `${tid.get(t)}\t${t.type} ${fragments(doc, t.span)}`);
  let r = 0, n = 0;
  const quotes = items.filter(t => t.quote);
  quotes.forEach((t, i) => lines.push(`A${i + 1}\tQuoteKind ${tid.get(t)} ${t.quote!.kind}`));
  for (const t of quotes) {
    const q = t.quote!;
    const speaker = q.speaker === null ? undefined : a.entities.find(e => e.id === q.speaker);
    if (speaker) {
      const attributing = q.speakerMention && mentionT(speaker, q.speakerMention);
      const standIn = speaker.mentions[0] && mentionT(speaker, speaker.mentions[0]);
      if (attributing) lines.push(`R${++r}\tSpeaker Arg1:${tid.get(t)} Arg2:${attributing}`);
      else if (standIn) lines.push(`R${++r}\tSpeakerEntity Arg1:${tid.get(t)} Arg2:${standIn}`);
    }
    const cue = items.find(c => c.cueOf === q);
    if (cue) lines.push(`R${++r}\tQuoteCue Arg1:${tid.get(t)} Arg2:${tid.get(cue)}`);
  }
  const byEntity = (e: Entity) => items.filter(t => t.entity === e).map(t => tid.get(t)!);
  for (const e of a.entities) {
    const ts = byEntity(e);
    if (ts.length > 1) lines.push(`*\tCoref ${ts.join(' ')}`);
  }
  for (const e of a.entities) {
    const ts = byEntity(e);
    if (ts.length) lines.push(`#${++n}\tAnnotatorNotes ${ts[0]}\t${[e.name, ...e.aliases].map(oneLine).join(' | ')}`);
  }
  return { txt: a.text, ann: lines.length ? lines.join('\n') + '\n' : '' };
}

/** `start end` pieces split at line breaks, then a tab and the pieces' text joined by a space. */
function fragments(doc: TextIndex, s: Span): string {
  const pieces: Array<[number, number]> = [];
  const cps = [...s.text];
  let from = 0;
  for (let i = 0; i <= cps.length; i++) {
    if (i === cps.length || cps[i] === '\n' || cps[i] === '\r') {
      if (i > from) pieces.push([s.start + from, s.start + i]);
      from = i + 1;
    }
  }
  return pieces.map(([x, y]) => `${x} ${y}`).join(';') + '\t' + pieces.map(([x, y]) => doc.slice(x, y)).join(BRAT_FRAGMENT_JOIN);
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

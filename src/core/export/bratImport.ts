// brat standoff back into an AnnotationSet (the layout toBrat writes, see brat.ts; other brat
// files work too: unknown lines and types are skipped with a warning). Every mention and quote
// becomes the user's; each Coref group becomes one entity of the user's. A T line whose text is
// not the .txt's code point slice stops the import: offsets counted in UTF-16 or bytes by some
// other tool would put every later span in the wrong place.
import { anchorAt } from '../annotations/anchor';
import type { Anchor, AnnotationSet, EntityRecord, MentionAnnotation, QuoteAnnotation } from '../annotations/model';
import { normalizeSet } from '../annotations/order';
import { TextIndex } from '../text/codePoints';
import { ENTITY_TYPES, type EntityType, type QuoteKind } from '../types';
import { BRAT_FRAGMENT_JOIN } from './brat';

export type BratImportErrorCode = 'bad-line' | 'offset-mismatch' | 'bad-reference';

export type BratImport =
  | { readonly ok: true; readonly set: AnnotationSet; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly code: BratImportErrorCode; readonly message: string; readonly line: number };

/** Entity labels other corpora use for ours. */
const SYNONYMS: Readonly<Record<string, EntityType>> = {
  PER: 'PERSON', PERS: 'PERSON', ORGANIZATION: 'ORG', ORGANISATION: 'ORG', LOCATION: 'LOC', FAC: 'LOC', MISC: 'OTHER', NORP: 'OTHER',
};

interface TLine { id: string; type: string; start: number; end: number; line: number }

class Stop {
  constructor(readonly code: BratImportErrorCode, readonly message: string, readonly line: number) {}
}

export function importBrat(ann: string, txt: string): BratImport {
  try {
    return { ok: true, ...build(ann, new TextIndex(txt)) };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, code: e.code, message: `line ${e.line}: ${e.message}`, line: e.line };
    throw e;
  }
}

function build(ann: string, doc: TextIndex): { set: AnnotationSet; warnings: string[] } {
  const warnings: string[] = [];
  const ts = new Map<string, TLine>();
  const relations: Array<{ type: string; arg1: string; arg2: string; line: number }> = [];
  const groups: Array<{ ids: string[]; line: number }> = [];
  const kinds = new Map<string, QuoteKind>();
  const notes = new Map<string, string>();

  ann.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const cols = raw.split('\t');
    const head = cols[0];
    if (/^T\d+$/.test(head)) ts.set(head, textBound(doc, cols, line));
    else if (/^R\d+$/.test(head)) {
      const m = /^(\S+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(cols[1] ?? '');
      if (!m) throw new Stop('bad-line', `a relation needs "Type Arg1:Tn Arg2:Tm": ${raw}`, line);
      relations.push({ type: m[1], arg1: m[2], arg2: m[3], line });
    } else if (head === '*') {
      const [type, ...ids] = (cols[1] ?? '').split(' ');
      if (type === 'Coref' || type === 'Equiv') groups.push({ ids, line });
      else warnings.push(`line ${line}: equivalence ${type} ignored`);
    } else if (/^[AM]\d+$/.test(head)) {
      const [name, target, value] = (cols[1] ?? '').split(' ');
      if (name === 'QuoteKind' && (value === 'speech' || value === 'term')) kinds.set(target, value);
      else warnings.push(`line ${line}: attribute ${name} ignored`);
    } else if (/^#\d+$/.test(head)) {
      const [what, target] = (cols[1] ?? '').split(' ');
      if (what === 'AnnotatorNotes' && cols[2] !== undefined) notes.set(target, cols[2]);
    } else warnings.push(`line ${line}: ${head.replace(/\d+$/, '')} annotations are not imported`);
  });

  const need = (id: string, line: number) => {
    const t = ts.get(id);
    if (!t) throw new Stop('bad-reference', `${id} is not a text-bound annotation of this file`, line);
    return t;
  };
  const entityType = (t: TLine): EntityType | null => ENTITY_TYPES.includes(t.type as EntityType) ? t.type as EntityType : SYNONYMS[t.type.toUpperCase()] ?? null;
  const anchor = (t: TLine): Anchor => anchorAt(doc, t.start, t.end);

  // Entities: Coref groups, then every other mention alone; in text order.
  const mentions = [...ts.values()].filter(t => {
    if (t.type === 'Quotation' || t.type === 'Cue') return false;
    if (entityType(t)) return true;
    warnings.push(`line ${t.line}: type ${t.type} is not an entity type Wirelens knows; skipped`);
    return false;
  });
  const groupOf = new Map<string, number>();
  groups.forEach((g, k) => g.ids.forEach(id => { need(id, g.line); groupOf.set(id, groupOf.get(id) ?? k); }));
  const members = new Map<string, TLine[]>();
  for (const t of mentions.sort((x, y) => x.start - y.start || x.end - y.end)) {
    const key = groupOf.has(t.id) ? `g${groupOf.get(t.id)}` : t.id;
    members.set(key, [...(members.get(key) ?? []), t]);
  }
  const entities: EntityRecord[] = [];
  const recordOf = new Map<string, string>();
  const mentionAnnotations: MentionAnnotation[] = [], quotes: QuoteAnnotation[] = [];
  let a = 0;
  for (const ms of members.values()) {
    const id = `m${entities.length + 1}`;
    const note = ms.map(t => notes.get(t.id)).find(x => x !== undefined);
    const [name, ...aliases] = note ? note.split(' | ') : [doc.slice(ms[0].start, ms[0].end)];
    entities.push({ id, detected: null, type: entityType(ms[0])!, name, aliases, role: null, mergedInto: null });
    for (const t of ms) {
      recordOf.set(t.id, id);
      mentionAnnotations.push({ id: `a${++a}`, anchor: anchor(t), entity: id });
    }
  }
  for (const t of [...ts.values()].filter(x => x.type === 'Quotation')) {
    const rel = (type: string) => relations.find(r => r.type === type && r.arg1 === t.id);
    const said = rel('Speaker') ?? rel('SpeakerEntity');
    const speakerT = said && need(said.arg2, said.line);
    if (speakerT && !recordOf.has(speakerT.id)) throw new Stop('bad-reference', `the speaker ${speakerT.id} is not an entity mention`, said.line);
    const cue = rel('QuoteCue');
    quotes.push({
      id: `a${++a}`, anchor: anchor(t), kind: kinds.get(t.id) ?? 'speech',
      speaker: speakerT ? recordOf.get(speakerT.id)! : null,
      speakerMention: speakerT && said!.type === 'Speaker' ? anchor(speakerT) : null,
      cue: cue ? anchor(need(cue.arg2, cue.line)) : null,
    });
  }
  for (const r of relations) if (!['Speaker', 'SpeakerEntity', 'QuoteCue'].includes(r.type)) warnings.push(`line ${r.line}: relation ${r.type} ignored`);
  return { set: normalizeSet({ entities, mentions: mentionAnnotations, quotes, paragraphs: [], rejections: [] }), warnings };
}

/** `Tn<TAB>Type s e[;s e…]<TAB>text`, checked against the text. */
function textBound(doc: TextIndex, cols: string[], line: number): TLine {
  const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1] ?? '');
  if (!m) throw new Stop('bad-line', `a text-bound annotation needs "Type start end": ${cols.join('\t')}`, line);
  const pieces = m[2].split(';').map(p => p.split(' ').map(Number) as [number, number]);
  for (const [s, e] of pieces) {
    if (s >= e || e > doc.length) throw new Stop('offset-mismatch', `${cols[0]}: [${s}, ${e}) is not a span of the ${doc.length} code points of the text`, line);
  }
  const text = pieces.map(([s, e]) => doc.slice(s, e)).join(BRAT_FRAGMENT_JOIN);
  if (cols[2] !== undefined && cols[2] !== text) {
    throw new Stop('offset-mismatch', `${cols[0]}: the text at ${m[2]} is "${text}", the file says "${cols[2]}" (offsets must count code points)`, line);
  }
  return { id: cols[0], type: m[1], start: pieces[0][0], end: pieces[pieces.length - 1][1], line };
}

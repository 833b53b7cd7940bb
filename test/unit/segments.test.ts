import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { splitSegments } from '../../src/core/segments';

const ITEM_AR = (n: number) => [
  `الحكومة تبحث ملف المياه ${n}`,
  'عمّان - بترا - قال وزير المياه والري حازم العبادي، الأحد، إن “الخطة تضمن توزيعا عادلا للمياه في كل المحافظات”.',
  'وأضاف: “سنعمل مع البلديات لتقليل الفاقد”.',
].join('\n');
const ITEM_EN = (n: number) => [
  `Ministers meet over energy prices ${n}`,
  'BRUSSELS, June 10 (Reuters) - European Union energy ministers met on Thursday. "We cannot wait," Belgian Energy Minister Anne Peeters told reporters.',
].join('\n');

/** A day file: many items separated by blank lines, long enough to be analysed in segments. */
function dayFile(items: number): string {
  const out: string[] = [];
  for (let n = 0; n < items; n++) out.push(n % 2 ? ITEM_EN(n) : ITEM_AR(n));
  return out.join('\n\n\n') + '\n';
}

suite('segments', () => {
  test('every character of the text is in exactly one segment, cut at blank lines', () => {
    const text = dayFile(400);
    const segs = splitSegments(text);
    assert.ok(segs.length > 3);
    assert.equal(segs.map(s => s.text).join(''), text);
    for (const s of segs.slice(1)) assert.match(text.slice(s.start - 1, s.start + 1), /^\n\n?/);
    let line = 0;
    for (const s of segs) { assert.equal(s.line, line); line += s.text.split('\n').length - 1; }
  });

  test('a long file analysed in segments keeps every span its source slice, ids unique and paragraphs numbered by line', () => {
    const text = dayFile(400);
    const a = analyze(text);
    const cps = [...text];
    for (const q of a.quotes) assert.equal(cps.slice(q.start, q.end).join(''), q.text);
    for (const e of a.entities) for (const m of e.mentions) assert.equal(cps.slice(m.start, m.end).join(''), m.text);
    for (const p of a.paragraphs) assert.equal(text.split('\n')[p.index].trim(), p.text);
    assert.equal(new Set(a.entities.map(e => e.id)).size, a.entities.length);
    assert.deepEqual(a.quotes.map(q => q.id), a.quotes.map((_, n) => `q${n + 1}`));
    for (const q of a.quotes) if (q.speaker) assert.ok(a.entities.some(e => e.id === q.speaker), `${q.id} speaks as an unknown ${q.speaker}`);
    // the file's headline and dateline are its first item's
    assert.equal(a.headline?.text, 'الحكومة تبحث ملف المياه 0');
    assert.equal(a.dateline?.agency?.text, 'بترا');
  });

  test('an edit re-analyses to the same result as a fresh analysis', () => {
    const text = dayFile(400);
    analyze(text);
    const at = text.indexOf('Anne Peeters', text.length / 2);
    const edited = text.slice(0, at) + 'Dr. ' + text.slice(at);
    const again = analyze(edited);
    assert.equal(again.quotes.length, analyze(edited).quotes.length);
    assert.ok(again.entities.some(e => e.mentions.some(m => m.start === [...edited.slice(0, at + 4)].length)));
  });
});

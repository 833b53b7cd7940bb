import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { EMPTY_ANNOTATIONS, type AnnotationSet } from '../../src/core/annotations/model';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import { applyEdit } from '../../src/core/annotations/edit';
import {
  addEntityAlias, addMention, addMentionOfNewEntity, addQuote, mergeEntity, rejectMention, rejectQuote, renameEntity, retypeEntity,
  setEntityRole, setParagraphRole,
} from '../../src/core/annotations/operations';
import { legacySidecarPathFor, parseSidecar, sidecarPathFor, writeSidecar } from '../../src/core/annotations/sidecar';
import type { ArticleAnalysis } from '../../src/core/types';
import { ARABIC, ENGLISH, arabicAnalysis, at, englishAnalysis } from './annotationFixtures';

const SHA = 'a'.repeat(64);
const source = { path: 'articles/erbil-farmers.wire', sha256: SHA };

/** A set with one of everything, an orphan included, over the Arabic article. */
function richArabicSet(): { analysis: ArticleAnalysis; set: AnnotationSet } {
  const analysis = arabicAnalysis();
  const v = () => mergeAnnotations(analysis, set);
  let set: AnnotationSet = EMPTY_ANNOTATIONS;
  set = retypeEntity(set, v(), 'e4', 'PERSON');
  set = renameEntity(set, v(), 'e3', 'منظمة الأمم المتحدة');
  set = addEntityAlias(set, v(), 'e1', 'Masrour Barzani');
  set = setEntityRole(set, v(), 'm3', at(ARABIC, 'رئيس حكومة إقليم كردستان'));
  set = addMentionOfNewEntity(set, v(), at(ARABIC, 'بغداد', 0), 'GPE').set;
  set = addMention(set, v(), at(ARABIC, 'بغداد', 1), 'm4').set;
  set = addMentionOfNewEntity(set, v(), at(ARABIC, 'كردستان'), 'GPE', 'إقليم كردستان').set;
  set = mergeEntity(set, v(), 'm5', 'e2');
  set = addMentionOfNewEntity(set, v(), at(ARABIC, 'الأناضول'), 'ORG', 'Anadolu Agency').set;
  set = addMentionOfNewEntity(set, v(), at(ARABIC, 'المزارعين', 1), 'OTHER').set;
  set = addQuote(set, v(), at(ARABIC, 'سنعمل مع بغداد على حل الخلافات العالقة'), { kind: 'speech', speaker: 'm3', cue: at(ARABIC, 'وقال') }).set;
  set = rejectMention(set, v(), at(ARABIC, 'أربيل', 1));
  set = setParagraphRole(set, v(), 5, 'background');
  // Deleting the second "المزارعين" orphans the mention on it.
  const r = at(ARABIC, 'المزارعين', 1);
  const text = [...ARABIC].slice(0, r.start).join('') + [...ARABIC].slice(r.end).join('');
  set = applyEdit(set, { ...r, text: '' }, text);
  return { analysis: { ...arabicAnalysis(), text }, set };
}

suite('annotations: sidecar', () => {
  test('write then parse gives back the same set, byte-identical run to run', () => {
    const english = englishAnalysis();
    let set = rejectQuote(EMPTY_ANNOTATIONS, english, 'q2');
    set = addQuote(set, english, at(ENGLISH, 'This agreement protects farmers on both banks,'), { kind: 'speech', speaker: 'e3', speakerMention: at(ENGLISH, 'Ama Mensah') }).set;
    set = addMentionOfNewEntity(set, english, at(ENGLISH, 'treaty 🌊 after'), 'EVENT', 'river treaty').set;
    const yaml = writeSidecar(english, set, source);
    assert.equal(writeSidecar(english, set, source), yaml);
    const parsed = parseSidecar(yaml, ENGLISH, SHA);
    assert.ok(parsed.ok, !parsed.ok ? parsed.message : '');
    assert.deepEqual(parsed.set, set);
  });

  test('an edited set round-trips through the sidecar against its own text, orphan included', () => {
    const { analysis, set } = richArabicSet();
    const yaml = writeSidecar(analysis, set, source);
    const parsed = parseSidecar(yaml, analysis.text, SHA);
    assert.ok(parsed.ok, !parsed.ok ? parsed.message : '');
    assert.deepEqual(parsed.set, set);
    assert.deepEqual(parsed.report, { moved: [], orphans: [] });
    assert.ok(parsed.set.mentions.some(m => m.anchor.orphan === 'deleted'));
  });

  test('the sidecar holds the schema keys for the merged analysis, then the annotations, then "..."', () => {
    const { analysis, set } = richArabicSet();
    const yaml = writeSidecar(analysis, set, source);
    const doc = parse(yaml);
    assert.deepEqual(Object.keys(doc), ['format', 'source', 'article', 'quotes', 'entities', 'diagnostics', 'annotations']);
    assert.deepEqual(Object.keys(doc.annotations), ['entities', 'mentions', 'quotes', 'paragraphs', 'rejections']);
    assert.ok(yaml.endsWith('\n...\n'));
    assert.ok(doc.entities.some((e: { name: string; origin: string }) => e.name === 'Anadolu Agency' && e.origin === 'manual'));
    assert.equal(doc.diagnostics[0].code, 'orphan-annotation');
    // One anchor per line: a changed span is a one-line diff.
    assert.match(yaml, /\n {4}- \{id: a\d+, entity: m\d+, text: الأناضول, start: \d+, end: \d+, prefix: .*, suffix: .*\}\n/);
  });

  test('text that is not YAML is reported with its line, not thrown', () => {
    const r = parseSidecar('format: wirelens/1\nannotations: {mentions: [\n  - a\n...\n', ARABIC, SHA);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.code, 'not-yaml');
    assert.ok(!r.ok && typeof r.line === 'number');
  });

  test('a file cut short is reported as truncated, whether or not the cut breaks the YAML', () => {
    const yaml = writeSidecar(arabicAnalysis(), richArabicSet().set, source);
    const atLine = yaml.slice(0, yaml.lastIndexOf('\n', yaml.length - 10) + 1);
    const midLine = yaml.slice(0, yaml.length - 30);
    for (const cut of [atLine, midLine, '']) {
      const r = parseSidecar(cut, ARABIC, SHA);
      assert.equal(!r.ok && r.code, 'truncated', cut.slice(-40));
    }
  });

  test('a YAML alias bomb is refused before it expands', () => {
    const bomb = ['format: wirelens/1', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]', '...', ''].join('\n');
    const r = parseSidecar(bomb, ARABIC, SHA);
    assert.equal(!r.ok && r.code, 'alias-bomb');
  });

  test('a list or a string at the top is the wrong type', () => {
    for (const text of ['- format: wirelens/1\n...\n', '"wirelens/1"\n...\n']) {
      assert.equal((r => !r.ok && r.code)(parseSidecar(text, ARABIC, SHA)), 'not-a-map');
    }
  });

  test('an unknown format and a future version are told apart', () => {
    const body = '\nsource: {sha256: x}\nannotations: {}\n...\n';
    const codes = ['format: wirelens/2', 'format: brat', 'other: 1'].map(f => (r => !r.ok && r.code)(parseSidecar(f + body, ARABIC, SHA)));
    assert.deepEqual(codes, ['future-format', 'unknown-format', 'unknown-format']);
    const future = parseSidecar('format: wirelens/2' + body, ARABIC, SHA);
    assert.match(!future.ok ? future.message : '', /newer/);
  });

  test('a sidecar about other text is re-anchored and reported, not silently accepted', () => {
    const analysis = englishAnalysis();
    const set = addMention(EMPTY_ANNOTATIONS, analysis, at(ENGLISH, 'Kodjo Agbeyome'), 'e4').set;
    const yaml = writeSidecar(analysis, set, source);
    const changed = 'UPDATE 1 🔁\n' + ENGLISH;
    const r = parseSidecar(yaml, changed, 'b'.repeat(64));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.code, 'text-changed');
    assert.match(r.message, /re-anchored, 2 annotation\(s\) moved and 0 lost/, 'the mention and the entity record naming it');
    assert.equal(r.recovered!.set.mentions[0].anchor.start, at(changed, 'Kodjo Agbeyome').start);
  });

  test('a wrong field or a dangling reference is invalid, with where it is', () => {
    const analysis = englishAnalysis();
    const yaml = writeSidecar(analysis, addMention(EMPTY_ANNOTATIONS, analysis, at(ENGLISH, 'Ghana'), 'e1').set, source);
    const badStart = parseSidecar(yaml.replace(/(mentions:\n {4}- \{id: a1, entity: m1, text: Ghana, start: )\d+/, '$1-3'), ENGLISH, SHA);
    assert.deepEqual(!badStart.ok && [badStart.code, badStart.message], ['invalid', 'annotations.mentions[0].start: expected a whole number ≥ 0']);
    const dangling = parseSidecar(yaml.replace('entity: m1', 'entity: m7'), ENGLISH, SHA);
    assert.match(!dangling.ok ? dangling.message : '', /annotations.mentions\[0\].entity: no entity m7/);
    const noSection = parseSidecar(yaml.replace(/annotations:[\s\S]*$/, '...\n'), ENGLISH, SHA);
    assert.equal(!noSection.ok && noSection.code, 'invalid');
  });

  test('whatever the bytes, parsing returns a result and never throws', () => {
    const yaml = writeSidecar(englishAnalysis(), addMention(EMPTY_ANNOTATIONS, englishAnalysis(), at(ENGLISH, 'Ghana'), 'e1').set, source);
    fc.assert(fc.property(fc.nat(yaml.length), fc.nat(yaml.length), fc.string({ maxLength: 8 }), (a, b, junk) => {
      const [s, e] = a <= b ? [a, b] : [b, a];
      const r = parseSidecar(yaml.slice(0, s) + junk + yaml.slice(e), ENGLISH, SHA);
      assert.equal(typeof r.ok, 'boolean');
    }), { numRuns: 300 });
  });

  test('the sidecar sits beside the article, named after its whole file name: x.wire, x.news and x.txt each have their own', () => {
    assert.equal(sidecarPathFor('articles/2021-06-10-barzani.wire'), 'articles/2021-06-10-barzani.wire.wirelens.yaml');
    assert.equal(sidecarPathFor('C:\\news\\story.v2.txt'), 'C:\\news\\story.v2.txt.wirelens.yaml');
    assert.equal(sidecarPathFor('notes/.hidden'), 'notes/.hidden.wirelens.yaml');
    const names = ['x.wire', 'x.news', 'x.txt'].map(sidecarPathFor);
    assert.equal(new Set(names).size, 3);
  });

  test('the first naming, still read, replaced the last extension', () => {
    assert.equal(legacySidecarPathFor('articles/2021-06-10-barzani.wire'), 'articles/2021-06-10-barzani.wirelens.yaml');
    assert.equal(legacySidecarPathFor('C:\\news\\story.v2.txt'), 'C:\\news\\story.v2.wirelens.yaml');
    assert.equal(legacySidecarPathFor('notes/.hidden'), 'notes/.hidden.wirelens.yaml');
  });
});

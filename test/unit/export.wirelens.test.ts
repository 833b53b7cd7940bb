import * as assert from 'node:assert/strict';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import { toWirelensYaml } from '../../src/core/export/wirelensYaml';
import { importWirelensYaml } from '../../src/core/export/wirelensImport';
import { ENGLISH, describeAnalysis } from './annotationFixtures';
import { annotatedArticles, annotatedEnglish } from './exportFixtures';

const source = { path: 'story.wire', sha256: '0'.repeat(64) };

suite('export: wirelens/1 YAML import', () => {
  test('a plain export read back gives the same entities, roles, quotes and paragraph roles', () => {
    for (const { name, analysis, merged } of annotatedArticles()) {
      const yaml = toWirelensYaml(merged, source);
      const imported = importWirelensYaml(yaml, analysis.text);
      assert.ok(imported.ok, !imported.ok ? imported.message : '');
      assert.deepEqual(imported.report, { moved: [], orphans: [] });
      const again = mergeAnnotations(analysis, imported.set);
      assert.deepEqual(describeAnalysis(again, { paragraphs: true, roles: true }), describeAnalysis(merged, { paragraphs: true, roles: true }), name);
      assert.equal(toWirelensYaml(again, source).replace(/\b[am]\d+\b/g, 'ID'), yaml.replace(/\b[am]\d+\b/g, 'ID'), `${name}: same YAML but ids`);
    }
  });

  test('a sidecar read as YAML gives its set exactly', () => {
    for (const { analysis, set } of annotatedArticles()) {
      const imported = importWirelensYaml(writeSidecar(analysis, set, source), analysis.text);
      assert.ok(imported.ok);
      assert.deepEqual(imported.set, set);
    }
  });

  test('offsets another tool counted in UTF-16 are found again by their text, and reported', () => {
    const { analysis, merged } = annotatedEnglish();
    const yaml = toWirelensYaml(merged, source).replace(/\{text: GENEVA, start: (\d+), end: (\d+)\}/, (_, s, e) => `{text: GENEVA, start: ${+s + 1}, end: ${+e + 1}}`);
    const imported = importWirelensYaml(yaml, analysis.text);
    assert.ok(imported.ok);
    assert.deepEqual(imported.report.moved.map(m => [m.text, m.from.start - m.to.start, m.how]), [['GENEVA', 1, 'exact']]);
    assert.deepEqual(describeAnalysis(mergeAnnotations(analysis, imported.set)), describeAnalysis(merged));
  });

  test('a quote naming an entity that is not in the file is invalid; bad YAML is reported like a sidecar', () => {
    const yaml = toWirelensYaml(annotatedEnglish().merged, source).replace(/speaker: m1\b/, 'speaker: e99');
    const r = importWirelensYaml(yaml, ENGLISH);
    assert.deepEqual(!r.ok && [r.code, r.message], ['invalid', 'quotes[0].speaker: no entity e99']);
    const bad = importWirelensYaml('format: wirelens/1\nentities: [\n', ENGLISH);
    assert.equal(!bad.ok && bad.code, 'not-yaml');
  });
});

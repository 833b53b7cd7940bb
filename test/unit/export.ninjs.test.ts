import * as assert from 'node:assert/strict';
import { toNinjs } from '../../src/core/export/ninjs';
import type { ArticleAnalysis } from '../../src/core/types';
import { ARABIC, at } from './annotationFixtures';
import { annotatedArabic, annotatedEnglish } from './exportFixtures';

/** The Arabic article as a detector with a dateline parser would see it. */
function withDateline(): ArticleAnalysis {
  const a = annotatedArabic().merged;
  const span = (s: string) => ({ ...at(ARABIC, s), text: s });
  return {
    ...a,
    headline: span('بارزاني يعلن خطة لدعم المزارعين 🌾 في الإقليم'),
    dateline: {
      ...span('أربيل/سارة الحسيني/الأناضول'), date: { ...span('أربيل'), value: '2024-03-07' }, place: span('أربيل'),
      reporters: [span('سارة الحسيني')], agency: { ...span('الأناضول'), name: 'Anadolu Agency' },
    },
  };
}

// ninjs 2.1's top-level properties (the schema allows no others).
const NINJS_KEYS = new Set(['uri', 'type', 'representationtype', 'profile', 'version', 'firstcreated', 'versioncreated', 'contentcreated',
  'embargoed', 'pubstatus', 'urgency', 'copyrightholder', 'copyrightnotice', 'usageterms', 'ednote', 'language', 'descriptions', 'bodies',
  'headlines', 'people', 'organisations', 'places', 'subjects', 'events', 'objects', 'infosources', 'title', 'by', 'slugline', 'located',
  'renditions', 'associations', 'altids', 'trustindicators', 'standard', 'genres', 'expires', 'rightsinfo']);

suite('export: IPTC ninjs 2.1', () => {
  test('headline, dateline, byline, agency and date come from the analysis', () => {
    const n = toNinjs(withDateline(), { sha256: 'ab12' });
    assert.equal(n.uri, 'urn:wirelens:sha256:ab12');
    assert.deepEqual(n.headlines, [{ role: 'main', value: 'بارزاني يعلن خطة لدعم المزارعين 🌾 في الإقليم' }]);
    assert.equal(n.located, 'أربيل');
    assert.equal(n.by, 'سارة الحسيني');
    assert.deepEqual(n.infosources, [{ name: 'Anadolu Agency' }]);
    assert.equal(n.contentcreated, '2024-03-07T00:00:00Z');
    assert.equal(n.language, 'ar');
  });

  test('entities go to people, organisations, places and events, each name once', () => {
    const n = toNinjs(annotatedEnglish().merged, { sha256: 'x', uri: 'https://example.org/items/1' });
    assert.equal(n.uri, 'https://example.org/items/1');
    assert.deepEqual(n.people, [{ name: 'Ama Mensah' }, { name: 'Kodjo Agbeyome' }]);
    assert.deepEqual(n.places?.map(p => p.name).sort(), ['GENEVA', 'Ghana', 'Togo']);
    assert.deepEqual(n.organisations, [{ name: 'United Nations' }]);
    assert.deepEqual(n.events, [{ name: 'Ghana–Togo river treaty' }]);
    assert.equal(n.subjects, undefined, 'no empty lists');
  });

  test('the body is the story\'s paragraphs, counted in code points and words; only ninjs keys', () => {
    const n = toNinjs(annotatedArabic().merged, { sha256: 'x' });
    const body = n.bodies[0];
    assert.equal(body.contenttype, 'text/plain');
    assert.ok(!body.value.includes('الأناضول') && body.value.includes('وأضاف'), 'headline and dateline stay out');
    assert.equal(body.value.split('\n\n').length, 4);
    assert.equal(body.charcount, [...body.value].length);
    assert.ok(body.wordcount > 40 && body.wordcount < 60);
    for (const k of Object.keys(n)) assert.ok(NINJS_KEYS.has(k), k);
  });
});

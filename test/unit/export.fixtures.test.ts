// Every team-written fixture article, through the real analyzer, a few corrections, and every
// format: the merge keeps the schema's invariants and the round trips hold on real detections.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { EMPTY_ANNOTATIONS, type AnnotationSet } from '../../src/core/annotations/model';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import { acceptQuote, rejectMention, retypeEntity, setQuoteSpeaker } from '../../src/core/annotations/operations';
import { parseSidecar, writeSidecar } from '../../src/core/annotations/sidecar';
import { toBrat } from '../../src/core/export/brat';
import { importBrat } from '../../src/core/export/bratImport';
import { toConll } from '../../src/core/export/conll';
import { toJsonlRecord } from '../../src/core/export/jsonl';
import { toNinjs } from '../../src/core/export/ninjs';
import type { ArticleAnalysis } from '../../src/core/types';
import { assertSchemaInvariants, describeAnalysis } from './annotationFixtures';

const DIR = 'test/fixtures';
const articles = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter(f => /\.(wire|txt)$/.test(f)).sort() : [];

/** What a user might do first: retype the first entity, reject the last mention, settle the quotes. */
function corrections(a: ArticleAnalysis): AnnotationSet {
  let set = EMPTY_ANNOTATIONS;
  const view = () => mergeAnnotations(a, set);
  const first = a.entities[0];
  if (first) set = retypeEntity(set, view(), first.id, first.type === 'ORG' ? 'PERSON' : 'ORG');
  const last = a.entities[a.entities.length - 1];
  if (last && last !== first) set = rejectMention(set, view(), last.mentions[last.mentions.length - 1]);
  const [q1, q2] = view().quotes.filter(q => q.start < q.end);
  if (q1) set = acceptQuote(set, view(), q1.id).set;
  if (q2) set = setQuoteSpeaker(set, view(), q2.id, null);
  return set;
}

/**
 * What brat standoff can carry: an entity is known only through its text-bound mentions, so an
 * entity left without any (a speaker whose mentions the user rejected) does not survive the trip.
 */
function bratCarries(a: ArticleAnalysis): ArticleAnalysis {
  const gone = new Set(a.entities.filter(e => e.mentions.length === 0).map(e => e.id));
  return {
    ...a,
    entities: a.entities.filter(e => !gone.has(e.id)),
    quotes: a.quotes.map(q => (q.speaker && gone.has(q.speaker) ? { ...q, speaker: null } : q)),
  };
}

suite('export: the fixture articles through every format', () => {
  for (const file of articles) {
    test(file, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8').replace(/^\uFEFF/, '');
      const analysis = analyze(text);
      const set = corrections(analysis);
      const merged = mergeAnnotations(analysis, set);
      assertSchemaInvariants(merged);

      const sha = 'f'.repeat(64);
      const yaml = writeSidecar(analysis, set, { path: file, sha256: sha });
      const parsed = parseSidecar(yaml, text, sha);
      assert.ok(parsed.ok, !parsed.ok ? parsed.message : '');
      assert.deepEqual(parsed.set, set);

      const brat = toBrat(merged);
      const back = importBrat(brat.ann, brat.txt);
      assert.ok(back.ok, !back.ok ? back.message : '');
      const again = mergeAnnotations({ ...analysis, entities: [], quotes: [] }, back.set);
      assert.deepEqual(describeAnalysis(again), describeAnalysis(bratCarries(merged)));

      const cps = [...text];
      for (const s of toJsonlRecord(merged, { quotes: true }).spans) assert.equal(cps.slice(s.start, s.end).join(''), s.text);
      assert.ok(toConll(merged).startsWith('-DOCSTART- O'));
      assert.equal(toNinjs(merged, { sha256: sha }).language, merged.language);
    });
  }
});

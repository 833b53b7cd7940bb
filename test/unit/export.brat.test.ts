import * as assert from 'node:assert/strict';
import { EMPTY_ANNOTATIONS } from '../../src/core/annotations/model';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import { addEntityAlias, addMention, addMentionOfNewEntity, addQuote } from '../../src/core/annotations/operations';
import { BRAT_ANNOTATION_CONF, toBrat } from '../../src/core/export/brat';
import { importBrat } from '../../src/core/export/bratImport';
import { at, describeAnalysis, linesOnly, slice } from './annotationFixtures';
import { annotatedArticles } from './exportFixtures';

suite('export: brat standoff', () => {
  test('writes T, A, R, * and # lines with code point offsets', () => {
    const text = 'Ama Mensah 🌊 said: «yes, now».\nMensah left.';
    const view = linesOnly(text);
    let set = addMentionOfNewEntity(EMPTY_ANNOTATIONS, view, at(text, 'Ama Mensah'), 'PERSON').set;
    set = addMention(set, mergeAnnotations(view, set), at(text, 'Mensah', 1), 'm1').set;
    set = addEntityAlias(set, mergeAnnotations(view, set), 'm1', 'A. Mensah');
    const v = mergeAnnotations(view, set);
    set = addQuote(set, v, at(text, 'yes, now'), { kind: 'speech', speaker: 'm1', speakerMention: at(text, 'Ama Mensah'), cue: at(text, 'said') }).set;
    const brat = toBrat(mergeAnnotations(view, set));
    assert.equal(brat.txt, text);
    assert.equal(brat.ann, [
      'T1\tPERSON 0 10\tAma Mensah',
      'T2\tCue 13 17\tsaid',
      'T3\tQuotation 20 28\tyes, now',
      'T4\tPERSON 31 37\tMensah',
      'A1\tQuoteKind T3 speech',
      'R1\tSpeaker Arg1:T3 Arg2:T1',
      'R2\tQuoteCue Arg1:T3 Arg2:T2',
      '*\tCoref T1 T4',
      '#1\tAnnotatorNotes T1\tAma Mensah | A. Mensah',
      '',
    ].join('\n'));
    assert.equal(slice(text, 31, 37), 'Mensah', 'after the emoji, offsets are code points, not UTF-16 units');
  });

  test('every T line\'s text is the code point slice of the .txt', () => {
    for (const { merged } of annotatedArticles()) {
      const { txt, ann } = toBrat(merged);
      for (const line of ann.split('\n').filter(l => l.startsWith('T'))) {
        const [, spec, text] = line.split('\t');
        const pieces = spec.split(' ').slice(1).join(' ').split(';').map(p => p.split(' ').map(Number));
        assert.equal(pieces.map(([s, e]) => slice(txt, s, e)).join(' '), text, line);
      }
    }
  });

  test('an export imported back gives the same entities, quotes, speakers and cues (Arabic and English)', () => {
    for (const { name, analysis, merged } of annotatedArticles()) {
      const { txt, ann } = toBrat(merged);
      const imported = importBrat(ann, txt);
      assert.ok(imported.ok, !imported.ok ? imported.message : '');
      assert.deepEqual(imported.warnings, []);
      assert.deepEqual(describeAnalysis(mergeAnnotations(analysis, imported.set)), describeAnalysis(merged), name);
    }
  });

  test('a quote that names only its speaker goes as SpeakerEntity and comes back without a speaker mention', () => {
    const english = annotatedArticles()[1];
    const { ann, txt } = toBrat(english.merged);
    assert.match(ann, /\tSpeakerEntity Arg1:T\d+ Arg2:T\d+\n/);
    const imported = importBrat(ann, txt);
    const q = imported.ok && imported.set.quotes.find(x => x.kind === 'term');
    assert.ok(q && q.speaker !== null && q.speakerMention === null);
  });

  test('a span across a line break is written as fragments and read back whole', () => {
    const text = 'He said «first line\nsecond line» today.';
    const view = linesOnly(text);
    const set = addQuote(EMPTY_ANNOTATIONS, view, at(text, 'first line\nsecond line'), { kind: 'speech' }).set;
    const { ann, txt } = toBrat(mergeAnnotations(view, set));
    assert.match(ann, /^T1\tQuotation 9 19;20 31\tfirst line second line$/m);
    const back = importBrat(ann, txt);
    assert.ok(back.ok);
    assert.deepEqual([back.set.quotes[0].anchor.start, back.set.quotes[0].anchor.end], [9, 31]);
  });

  test('offsets counted in UTF-16 by another tool are refused with the reason', () => {
    const txt = 'Flood 🌊 in Accra.';
    const r = importBrat('T1\tGPE 12 17\tAccra\n', txt); // UTF-16: the emoji counted twice
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.code, 'offset-mismatch');
    assert.match(!r.ok ? r.message : '', /line 1: T1: .*code points/);
    assert.ok(importBrat('T1\tGPE 11 16\tAccra\n', txt).ok);
  });

  test('other corpora\'s labels are mapped, unknown lines are warnings, a dangling reference stops', () => {
    const txt = 'Ama Mensah met Kofi in Accra.';
    const ok = importBrat('T1\tPER 0 10\tAma Mensah\nT2\tLOCATION 23 28\tAccra\nT3\tVehicle 15 19\tKofi\nE1\tMeet:T1\nN1\tReference T2 geo:1\tAccra\n', txt);
    assert.ok(ok.ok);
    assert.deepEqual(ok.set.entities.map(e => [e.type, e.name]), [['PERSON', 'Ama Mensah'], ['LOC', 'Accra']]);
    assert.equal(ok.warnings.length, 3);
    const bad = importBrat('T1\tPER 0 10\tAma Mensah\n*\tCoref T1 T9\n', txt);
    assert.deepEqual(!bad.ok && [bad.code, bad.line], ['bad-reference', 2]);
  });

  test('the annotation.conf declares every type and relation the export writes', () => {
    for (const { merged } of annotatedArticles()) {
      const { ann } = toBrat(merged);
      const used = new Set(ann.split('\n').filter(Boolean).map(l => l.split('\t')[1].split(' ')[0]).filter(t => t !== 'AnnotatorNotes'));
      for (const t of used) assert.match(BRAT_ANNOTATION_CONF, new RegExp(`^${t}\\b`, 'm'), t);
    }
  });
});

// Quick fixes for the copy's problems: each one's edit, which is preferred, and that the real
// analyzer no longer reports the problem afterwards.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { quickFixes, type FixEdit, type QuickFix } from '../../src/core/quickFixes';
import type { ArticleAnalysis, Diagnostic, DiagnosticCode } from '../../src/core/types';

/** Applies non-overlapping code-point edits, last first. */
function apply(text: string, edits: readonly FixEdit[]): string {
  const cps = [...text];
  for (const e of [...edits].sort((x, y) => y.start - x.start)) cps.splice(e.start, e.end - e.start, ...e.text);
  return cps.join('');
}

function fixesOf(text: string, code: DiagnosticCode, n = 0): { a: ArticleAnalysis; d: Diagnostic; fixes: QuickFix[] } {
  const a = analyze(text);
  const d = a.diagnostics.filter(x => x.code === code)[n];
  assert.ok(d, `no ${code} diagnostic in ${JSON.stringify(text)}: ${JSON.stringify(a.diagnostics)}`);
  return { a, d, fixes: quickFixes(a, d) };
}

const line = (text: string, n: number) => text.split('\n')[n];
const kinds = (fixes: readonly QuickFix[]) => fixes.map(f => [f.kind, f.preferred]);

const AR_HEAD = 'الأردن يطلق خطة لمواجهة شح المياه\nعمّان/ليلى حداد/الأناضول\nأعلنت الحكومة الأردنية خطة طارئة لمواجهة شح المياه هذا الصيف.\n';
const EN_HEAD = 'Ministers agree on water plan\nAMMAN, June 10 (Reuters) - Jordan announced an emergency water plan on Thursday.\n';

suite('quick fixes', () => {
  suite('unclosed quote', () => {
    const ar = `${AR_HEAD}وأكد الوزير أن الحكومة “لن تسمح بأي اعتداء على خطوط المياه، على حد قوله.\n`;

    test('the mark closes the words before a trailing attribution clause (preferred), or at the paragraph end', () => {
      const { fixes } = fixesOf(ar, 'unclosed-quote');
      assert.deepEqual(kinds(fixes), [['close-quote-before-attribution', true], ['close-quote-at-paragraph-end', false]]);
      assert.equal(fixes[0].detail, 'على حد قوله');
      assert.equal(line(apply(ar, fixes[0].edits), 3), 'وأكد الوزير أن الحكومة “لن تسمح بأي اعتداء على خطوط المياه”، على حد قوله.');
      assert.equal(line(apply(ar, fixes[1].edits), 3), 'وأكد الوزير أن الحكومة “لن تسمح بأي اعتداء على خطوط المياه، على حد قوله”.');
    });

    test('without an attribution clause the paragraph end is the one, preferred fix', () => {
      const text = `${AR_HEAD}وقال الوزير: «لن نسمح بأي اعتداء على خطوط المياه الرئيسية.\n`;
      const { fixes } = fixesOf(text, 'unclosed-quote');
      assert.deepEqual(kinds(fixes), [['close-quote-at-paragraph-end', true]]);
      assert.equal(line(apply(text, fixes[0].edits), 3), 'وقال الوزير: «لن نسمح بأي اعتداء على خطوط المياه الرئيسية».');
    });

    test('a quote opened with a reversed ” closes with “', () => {
      const text = `${AR_HEAD}وقال الوزير: ”لن نسمح بأي اعتداء على خطوط المياه\n`;
      const { fixes } = fixesOf(text, 'unclosed-quote');
      assert.equal(line(apply(text, fixes[0].edits), 3), 'وقال الوزير: ”لن نسمح بأي اعتداء على خطوط المياه“');
    });

    test('English keeps the comma and the full stop inside the quote', () => {
      const text = `${EN_HEAD}"We will not allow attacks on the main water lines, he said.\n"Supply comes first.\n`;
      const first = fixesOf(text, 'unclosed-quote', 0).fixes;
      assert.equal(line(apply(text, first[0].edits), 2), '"We will not allow attacks on the main water lines," he said.');
      const second = fixesOf(text, 'unclosed-quote', 1).fixes;
      assert.deepEqual(kinds(second), [['close-quote-at-paragraph-end', true]]);
      assert.equal(line(apply(text, second[0].edits), 3), '"Supply comes first."');
    });

    test('after either fix the analyzer finds the quote closed', () => {
      const { fixes } = fixesOf(ar, 'unclosed-quote');
      for (const f of fixes) assert.deepEqual(analyze(apply(ar, f.edits)).diagnostics.filter(x => x.code === 'unclosed-quote'), [], f.kind);
    });
  });

  test('a stray closing mark can be removed, not preferred', () => {
    const text = `${AR_HEAD}وأضاف أن العمل مستمر في العقبة”.\n`;
    const { fixes } = fixesOf(text, 'unbalanced-quote');
    assert.deepEqual(kinds(fixes), [['remove-stray-mark', false]]);
    assert.equal(fixes[0].detail, '”');
    assert.equal(analyze(apply(text, fixes[0].edits)).diagnostics.length, 0);
  });

  suite('mixed digits', () => {
    test('the number is rewritten in Latin or in Arabic-Indic digits; the system the copy uses elsewhere is preferred', () => {
      const text = `${AR_HEAD}وبلغ العجز ٢٠21 مليون متر مكعب في عام ٢٠٢٠ مقابل ١٥ مليونًا.\n`;
      const { fixes } = fixesOf(text, 'mixed-digits');
      assert.deepEqual(fixes.map(f => [f.kind, f.detail, f.preferred]), [['digits-latin', '2021', false], ['digits-arabic-indic', '٢٠٢١', true]]);
      for (const f of fixes) assert.deepEqual(analyze(apply(text, f.edits)).diagnostics, [], f.kind);
    });

    test('Persian digits stay Persian', () => {
      const text = `${AR_HEAD}وبلغ العجز ۲۰21 مليون متر مكعب.\n`;
      assert.equal(fixesOf(text, 'mixed-digits').fixes[1].detail, '۲۰۲۱');
    });
  });

  suite('bidi controls', () => {
    const text = `${AR_HEAD}وقال إن \u202BBanque du Liban\u202C يؤخر الاعتمادات منذ \u200F2019\u200F.\n`;

    test('one run is removed (preferred for an embedding, not for a mark), or every run in the file', () => {
      const embedding = fixesOf(text, 'bidi-control', 0).fixes;
      assert.deepEqual(kinds(embedding), [['remove-bidi', true], ['remove-all-bidi', false]]);
      assert.equal(embedding[1].diagnostics.length, 4);
      assert.deepEqual(kinds(fixesOf(text, 'bidi-control', 2).fixes), [['remove-bidi', false], ['remove-all-bidi', false]]);
    });

    test('removing all leaves the words and no bidi problem', () => {
      const all = fixesOf(text, 'bidi-control').fixes[1];
      const fixed = apply(text, all.edits);
      assert.equal(line(fixed, 3), 'وقال إن Banque du Liban يؤخر الاعتمادات منذ 2019.');
      assert.deepEqual(analyze(fixed).diagnostics, []);
    });

    test('removing one leaves the others', () => {
      const one = fixesOf(text, 'bidi-control').fixes[0];
      assert.equal(analyze(apply(text, one.edits)).diagnostics.filter(x => x.code === 'bidi-control').length, 3);
    });
  });

  suite('no dateline', () => {
    test('an Arabic article gets the agency form on a line of its own, before the lead', () => {
      const text = 'الأردن يطلق خطة لمواجهة شح المياه\nأعلنت الحكومة الأردنية خطة طارئة لمواجهة شح المياه.\n';
      const [fix] = fixesOf(text, 'no-dateline').fixes;
      assert.equal(fix.kind, 'insert-dateline');
      assert.equal(fix.preferred, true);
      assert.equal(apply(text, fix.edits), 'الأردن يطلق خطة لمواجهة شح المياه\nالمدينة/اسم المراسل/الوكالة\nأعلنت الحكومة الأردنية خطة طارئة لمواجهة شح المياه.\n');
      assert.deepEqual(fix.template?.filter(p => typeof p !== 'string'), [{ placeholder: 'المدينة' }, { placeholder: 'اسم المراسل' }, { placeholder: 'الوكالة' }]);
    });

    test('an English article gets CITY, Month D (Agency) - at the start of the lead', () => {
      const text = 'Ministers agree on water plan\nJordan announced an emergency water plan on Thursday.\n';
      const [fix] = fixesOf(text, 'no-dateline').fixes;
      assert.equal(line(apply(text, fix.edits), 1), 'CITY, Month D (Agency) - Jordan announced an emergency water plan on Thursday.');
    });

    test('filled in with a real place and agency, the template is a dateline', () => {
      const text = 'الأردن يطلق خطة لمواجهة شح المياه\nأعلنت الحكومة الأردنية خطة طارئة لمواجهة شح المياه.\n';
      const [fix] = fixesOf(text, 'no-dateline').fixes;
      const filled = apply(text, fix.edits).replace('المدينة', 'عمّان').replace('اسم المراسل', 'ليلى حداد').replace('الوكالة', 'الأناضول');
      const a = analyze(filled);
      assert.equal(a.dateline?.text, 'عمّان/ليلى حداد/الأناضول');
      assert.deepEqual(a.diagnostics, []);
    });
  });
});

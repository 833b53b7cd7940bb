import * as assert from 'node:assert/strict';
import { parseDateline } from '../../src/core/article/dateline';
import { findDates } from '../../src/core/article/dates';

/** The parts of a parsed dateline as text, for readable assertions. */
function parts(line: string) {
  const d = parseDateline(line);
  if (!d) return null;
  const t = (p: { start: number; end: number } | null) => (p ? line.slice(p.start, p.end) : null);
  return {
    text: line.slice(d.start, d.end), copy: line.slice(d.bodyStart), place: t(d.place), reporters: d.reporters.map(r => t(r)),
    agency: d.agency && t(d.agency), name: d.agency?.agency?.name ?? null, date: t(d.date), value: d.date?.value ?? null,
  };
}

suite('datelines', () => {
  test('Anadolu Arabic on its own line: place/reporter/agency', () => {
    assert.deepEqual(parts('بيروت/سامر حداد/الأناضول'), { text: 'بيروت/سامر حداد/الأناضول', copy: '', place: 'بيروت', reporters: ['سامر حداد'], agency: 'الأناضول', name: 'Anadolu Agency', date: null, value: null });
  });

  test('Anadolu Arabic inline, slashes with spaces, then the lead', () => {
    const p = parts('الخرطوم/ منى عبد الله/ الأناضول أعلنت الحكومة السودانية، الأحد، عن خطة جديدة.');
    assert.equal(p?.place, 'الخرطوم');
    assert.deepEqual(p?.reporters, ['منى عبد الله']);
    assert.equal(p?.agency, 'الأناضول');
    assert.equal(p?.copy, 'أعلنت الحكومة السودانية، الأحد، عن خطة جديدة.');
  });

  test('agency glued to a hyphen before the lead', () => {
    const p = parts('نابلس/ سليم داود/ الأناضول- قال مسؤول محلي إن المدارس ستفتح غدا.');
    assert.equal(p?.agency, 'الأناضول');
    assert.equal(p?.copy, 'قال مسؤول محلي إن المدارس ستفتح غدا.');
  });

  test('place - agency, Saudi and Qatari agencies, en dash', () => {
    assert.equal(parts('الرياض - واس')?.name, 'Saudi Press Agency');
    const q = parts('الدوحة – قنا – أعلنت وزارة الخارجية القطرية أمس عن زيارة.');
    assert.equal(q?.place, 'الدوحة');
    assert.equal(q?.name, 'Qatar News Agency');
    assert.equal(q?.copy, 'أعلنت وزارة الخارجية القطرية أمس عن زيارة.');
  });

  test('three-letter MENA credit with spaces', () => {
    const p = parts('القاهرة - أ ش أ');
    assert.equal(p?.agency, 'أ ش أ');
    assert.equal(p?.name, 'Middle East News Agency');
  });

  test('Arabic place with agency in parentheses', () => {
    const p = parts('أنقرة (رويترز) – قالت تركيا اليوم إنها سترد.');
    assert.equal(p?.place, 'أنقرة');
    assert.equal(p?.name, 'Reuters');
    assert.equal(p?.copy, 'قالت تركيا اليوم إنها سترد.');
  });

  test('Persian place/agency', () => {
    const p = parts('تهران/ خبرگزاری آنادولو');
    assert.equal(p?.place, 'تهران');
    assert.equal(p?.agency, 'خبرگزاری آنادولو');
  });

  test('Reuters English with a date', () => {
    const p = parts('BRUSSELS, June 10 (Reuters) - European ministers met on Thursday.');
    assert.equal(p?.place, 'BRUSSELS');
    assert.equal(p?.date, 'June 10');
    assert.equal(p?.name, 'Reuters');
    assert.equal(p?.copy, 'European ministers met on Thursday.');
  });

  test('AP with a country and an em dash', () => {
    const p = parts('ANKARA, Turkey (AP) — A court ruled on Monday.');
    assert.equal(p?.place, 'ANKARA, Turkey');
    assert.equal(p?.agency, 'AP');
    assert.equal(p?.copy, 'A court ruled on Monday.');
  });

  test('AFP', () => {
    assert.equal(parts('PARIS (AFP) - France said on Friday.')?.name, 'Agence France-Presse');
  });

  test('a bare capitalised place with a double hyphen has no agency', () => {
    const p = parts('BRUSSELS -- NATO defence ministers met on Tuesday.');
    assert.equal(p?.place, 'BRUSSELS');
    assert.equal(p?.agency, null);
  });

  test('place, date and colon', () => {
    const p = parts('London, 12 January: The minister said.');
    assert.equal(p?.place, 'London');
    assert.equal(p?.date, '12 January');
  });

  test('shot-list dateline with the date in parentheses', () => {
    const p = parts('ROME, ITALY (MARCH 3, 2019) (REUTERS) EXTERIOR OF MINISTRY');
    assert.equal(p?.place, 'ROME, ITALY');
    assert.equal(p?.date, 'MARCH 3, 2019');
    assert.equal(p?.value, '2019-03-03');
    assert.equal(p?.agency, 'REUTERS');
  });

  test('agency first: AA / Tunis / reporter', () => {
    const p = parts('AA / Tunis / Amel Ben Salah');
    assert.equal(p?.agency, 'AA');
    assert.equal(p?.place, 'Tunis');
    assert.deepEqual(p?.reporters, ['Amel Ben Salah']);
  });

  test('a site prefix before the agency dateline: the agency one wins', () => {
    const p = parts('ISTANBUL -- ISTANBUL (AP) —');
    assert.equal(p?.agency, 'AP');
    assert.equal(p?.place, 'ISTANBUL');
  });

  test('a headline with a slash is not a dateline', () => {
    assert.equal(parts('Israel/Gaza: talks resume in Cairo'), null);
    assert.equal(parts('وزير الخارجية: المحادثات مستمرة'), null);
  });
});

suite('dates', () => {
  const texts = (s: string) => findDates(s).map(d => [s.slice(d.start, d.end), d.value]);

  test('numeric dates, day first or year first', () => {
    assert.deepEqual(texts('10.06.2021'), [['10.06.2021', '2021-06-10']]);
    assert.deepEqual(texts('2017/11/08 الساعة 15:20'), [['2017/11/08 الساعة 15:20', '2017-11-08']]);
  });

  test('Arabic months of both traditions and Arabic-Indic digits', () => {
    assert.deepEqual(texts('الخميس ١٠ يونيو ٢٠٢١'), [['الخميس ١٠ يونيو ٢٠٢١', '2021-06-10']]);
    assert.deepEqual(texts('في 6 أبريل/ نيسان 2020'), [['6 أبريل/ نيسان 2020', '2020-04-06']]);
    assert.deepEqual(texts('15 كانون الثاني 2022'), [['15 كانون الثاني 2022', '2022-01-15']]);
  });

  test('a slash between date and time ends the date', () => {
    assert.deepEqual(texts('September 6, 2013 / 6:07 PM / 6 years ago'), [['September 6, 2013', '2013-09-06']]);
  });

  test('time, weekday and date run together', () => {
    assert.deepEqual(texts('03:00 م الإثنين 06 يناير 2020'), [['03:00 م الإثنين 06 يناير 2020', '2020-01-06']]);
  });

  test('French and Turkish months, ordinals', () => {
    assert.deepEqual(texts('le 28 avril 2025'), [['28 avril 2025', '2025-04-28']]);
    assert.deepEqual(texts('3rd December 2008'), [['3rd December 2008', '2008-12-03']]);
    assert.deepEqual(texts('12 Haziran 2024'), [['12 Haziran 2024', '2024-06-12']]);
  });

  test('a month word alone is not a date', () => {
    assert.deepEqual(texts('It may rain in April.'), []);
  });
});

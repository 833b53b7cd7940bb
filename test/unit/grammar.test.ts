// The TextMate grammar (syntaxes/wire.tmLanguage.json) and the language configuration, tokenized
// with vscode-textmate + Oniguruma exactly as VS Code does.
//
// The grammar file is generated: edit scripts/grammar/wireGrammar.mjs and run
// `node scripts/grammar/build.mjs`; a test below fails while the committed file differs from what the
// generator builds. The generator's header says how the rules are written to be fast in VS Code's
// engine (literal first characters, one rule for everything inline, line starts read once per line).
//
// Scopes (JSON allows no comments, so they are documented here). Standard roots, so every theme
// colours them; the last segment before `.wire` says what the thing is in wire copy:
//   markup.heading.date.wire                   a line that is only a date/time (10.06.2021, ٠٣:٠٠ م الإثنين …)
//   entity.name.section.dateline.wire          the whole dateline at the start of a line, holding:
//     variable.other.place.wire                  its place          بغداد / BRUSSELS
//     entity.other.attribute-name.reporter.wire  its reporter       إبراهيم صالح
//     entity.name.tag.agency.wire                its agency         الأناضول / Reuters
//     constant.other.date.wire                   its date           June 10
//     punctuation.separator.dateline.wire        / , - – — ـ between the parts
//     punctuation.definition.tag.begin|end.wire  the parentheses of (Reuters)
//   meta.credit.agency.wire                    an agency credit in parentheses (الأناضول) (İHA) (د ب أ); its name
//                                              is entity.name.tag.agency.wire, as is وكالات closing a paragraph
//   string.quoted.double.curly.wire            “…” ”…“ ”…” „…“ (Arabic copy mirrors curly marks, so either closes)
//   string.quoted.double.guillemets.wire       «…» and »…«
//   string.quoted.double.straight.wire         "…"
//   string.quoted.double.apostrophes.wire      ''…''
//   string.quoted.double.nested.wire           a quote inside a quote, one level deep; any mark closes it
//   punctuation.definition.string.begin|end.wire  the marks; an unclosed quote ends with its line
//   constant.numeric.latin|arabic-indic|persian.wire   numbers in 0-9, ٠-٩, ۰-۹ (only whole numbers:
//                                              2021م, G20, الـ20, COVID-19 stay part of their word)
//   punctuation.separator.comma|semicolon|colon|dash.wire, punctuation.terminator.wire   , ; : – — and a spaced -, . ! ? …
//   punctuation.separator.comma|semicolon.arabic.wire, punctuation.terminator.arabic.wire   ، ؛ ؟ ۔
// No people, places or organisations are listed (semantic tokens colour entities). Two closed
// vocabularies are: month, weekday and time words for the date line, and wire-agency names for
// credits in parentheses (the forms src/core/article/agencies.ts knows, less the ambiguous ones).
// Dateline guards against ordinary sentences: a place starts with a capital or a caseless letter
// and has one to three words (four before `(Agency) -`); in `place - agency` followed by the lead,
// the agency must be a known one, since a spaced dash near a paragraph's start is as often a
// parenthesis (وقال الوزير - في بيان -); any word will do when it ends the line or meets punctuation.
// Every rule is linear on long lines: possessive quantifiers and atomic groups, counted repeats,
// lookbehinds of one or two characters (or of a literal just matched); date lines and datelines are
// read once per line, at its start (a begin/while rule that holds the whole grammar and never ends).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderWireGrammar } from '../../scripts/grammar/wireGrammar.mjs';
import { AGENCIES } from '../../src/core/article/agencies';
import { loadWireGrammar, readRepoFile, repoRoot, WIRE_SCOPE, type Token, type WireGrammar } from './wireGrammar';

const DATE_LINE = 'markup.heading.date.wire';
const DATELINE = 'entity.name.section.dateline.wire';
const PLACE = 'variable.other.place.wire';
const REPORTER = 'entity.other.attribute-name.reporter.wire';
const AGENCY = 'entity.name.tag.agency.wire';
const DATE = 'constant.other.date.wire';
const SEP = 'punctuation.separator.dateline.wire';
const TAG_BEGIN = 'punctuation.definition.tag.begin.wire';
const TAG_END = 'punctuation.definition.tag.end.wire';
const CREDIT = 'meta.credit.agency.wire';
const QUOTE_BEGIN = 'punctuation.definition.string.begin.wire';
const QUOTE_END = 'punctuation.definition.string.end.wire';
const quoted = (style: 'curly' | 'guillemets' | 'straight' | 'apostrophes' | 'nested') => `string.quoted.double.${style}.wire`;
const PLAIN = WIRE_SCOPE;

interface LanguageConfiguration {
  wordPattern: string;
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
  comments?: unknown;
}
const config: LanguageConfiguration = JSON.parse(readRepoFile('language-configuration.json'));
const words = (text: string) => [...text.matchAll(new RegExp(config.wordPattern, 'g'))];

let wire: WireGrammar;

/** [text, innermost scope] of every token of the line; plain text is `text.wire`. */
function shape(line: string): [string, string][] {
  return wire.tokenizeLine(line).tokens.map(t => [t.text, t.scopes.at(-1) ?? PLAIN]);
}

/** The scopes of the single token holding the nth `fragment` of the line; fails when a token boundary cuts it. */
function scopesOf(line: string, fragment: string, nth = 0): readonly string[] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = line.indexOf(fragment, at + 1);
    assert.ok(at >= 0, `"${fragment}" #${nth} is not in the line`);
  }
  const token = wire.tokenizeLine(line).tokens.find(t => t.start <= at && at < t.end)!;
  assert.ok(token.end >= at + fragment.length, `"${fragment}" is split; its first token is "${token.text}"`);
  return token.scopes;
}

/** The line is tokenized to its end, in contiguous tokens. */
function assertCovers(line: string, tokens: readonly Token[]): void {
  assert.equal(tokens[0].start, 0);
  for (let i = 1; i < tokens.length; i++) assert.equal(tokens[i].start, tokens[i - 1].end, `gap or overlap at token ${i}`);
  assert.equal(tokens.at(-1)!.end, line.length);
}

/** The words (by the language's wordPattern) that a token boundary falls inside. */
function splitWords(line: string, tokens: readonly Token[]): string[] {
  const boundary = new Uint8Array(line.length + 1);
  for (const t of tokens) boundary[t.start] = 1;
  return words(line).filter(m => boundary.subarray(m.index! + 1, m.index! + m[0].length).includes(1)).map(m => m[0]);
}

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`      ${label}: ${(performance.now() - start).toFixed(1)} ms`);
  return result;
}

/** Tokenizes a pathological line completely, without splitting a word, and leaves no state for the next line. */
function assertTokenizesWhole(label: string, line: string): readonly Token[] {
  timed(`${label}, ${line.length} chars, binary tokens (what VS Code asks for)`, () => {
    assert.equal(wire.tokenizeLineBinary(line).stoppedEarly, false);
  });
  const r = timed(`${label}, ${line.length} chars, tokens with scopes`, () => wire.tokenizeLine(line));
  assert.equal(r.stoppedEarly, false);
  assertCovers(line, r.tokens);
  assert.deepEqual(splitWords(line, r.tokens), []);
  assert.deepEqual(wire.tokenizeLine('نص عادي', r.state).tokens.map(t => t.scopes), [[]]);
  return r.tokens;
}

suite('wire grammar', () => {
  suiteSetup(async () => {
    wire = await loadWireGrammar();
  });

  suite('date lines', () => {
    test('a numeric date in Latin, Arabic-Indic or Persian digits is a date line', () => {
      for (const line of ['10.06.2021', '١٠/٠٦/٢٠٢١', '۱۴۰۲/۰۳/۲۰', '2017/11/08'])
        assert.deepEqual(shape(line), [[line, DATE_LINE]], line);
    });

    test('a date followed by a dash and a time or an update stamp is a date line', () => {
      for (const line of ['14.08.2025 - 10:35', '28.10.2025 - Update : 28.10.2025', '14.08.2025 - Güncelleme: 14.08.2025 '])
        assert.deepEqual(shape(line), [[line, DATE_LINE]], line);
    });

    test('month and weekday names with times make a date line in English, French and Turkish', () => {
      for (const line of ['September 6, 2013 / 6:07 PM', 'Tuesday, 10 June 2021 - 14:05 GMT', 'mardi 10 juin 2021', '10 Haziran 2021 Perşembe 14:05'])
        assert.deepEqual(shape(line), [[line, DATE_LINE]], line);
    });

    test('Arabic and Persian date lines with time markers, Levantine and Hijri months', () => {
      for (const line of ['03:00 م الإثنين 06 يناير 2020', 'الخميس، 10 حزيران 2021 - 10:35 ص', 'الأحد 28 ذو القعدة 1442 هـ الموافق 8 يوليو 2021 م', 'سه‌شنبه ۱۸ خرداد ۱۴۰۰'])
        assert.deepEqual(shape(line), [[line, DATE_LINE]], line);
    });

    test('a sentence that contains a date, or a lone number, is not a date line', () => {
      assert.deepEqual(scopesOf('قتل 12 شخصاً في 10 يونيو 2021.', 'يونيو'), []);
      assert.deepEqual(scopesOf('June 10 was a quiet day', 'June'), []);
      assert.deepEqual(scopesOf('May 5 people leave', 'May'), []);
      assert.deepEqual(shape('2021'), [['2021', 'constant.numeric.latin.wire']]);
    });
  });

  suite('datelines', () => {
    test('place / reporter / agency with slashes', () => {
      assert.deepEqual(shape('بغداد/إبراهيم صالح/الأناضول'), [
        ['بغداد', PLACE], ['/', SEP], ['إبراهيم صالح', REPORTER], ['/', SEP], ['الأناضول', AGENCY],
      ]);
      assert.deepEqual(scopesOf('بغداد/إبراهيم صالح/الأناضول', 'بغداد'), [DATELINE, PLACE]);
    });

    test('spaces after the slashes, and the lead going on after the agency', () => {
      const line = 'الخرطوم/ سامي عبد الرحيم/ الأناضول أعلنت وزارة الصحة عن حملة جديدة.';
      assert.deepEqual(shape(line).slice(0, 8), [
        ['الخرطوم', PLACE], ['/', SEP], [' ', DATELINE], ['سامي عبد الرحيم', REPORTER], ['/', SEP], [' ', DATELINE], ['الأناضول', AGENCY],
        [' أعلنت وزارة الصحة عن حملة جديدة', PLAIN],
      ]);
    });

    test('place / agency without a reporter', () => {
      assert.deepEqual(shape('إسطنبول/ الأناضول تتواصل الأمطار').slice(0, 5), [
        ['إسطنبول', PLACE], ['/', SEP], [' ', DATELINE], ['الأناضول', AGENCY], [' تتواصل الأمطار', PLAIN],
      ]);
    });

    test('place - agency with a hyphen, an en dash or a spaced tatweel', () => {
      assert.deepEqual(shape('غزة - الأناضول'), [['غزة', PLACE], [' ', DATELINE], ['-', SEP], [' ', DATELINE], ['الأناضول', AGENCY]]);
      assert.deepEqual(shape('الرياض - واس'), [['الرياض', PLACE], [' ', DATELINE], ['-', SEP], [' ', DATELINE], ['واس', AGENCY]]);
      assert.deepEqual(shape('الدوحة – قنا'), [['الدوحة', PLACE], [' ', DATELINE], ['–', SEP], [' ', DATELINE], ['قنا', AGENCY]]);
      assert.deepEqual(shape('القاهرة ـ الأناضول'), [['القاهرة', PLACE], [' ', DATELINE], ['ـ', SEP], [' ', DATELINE], ['الأناضول', AGENCY]]);
      assert.deepEqual(scopesOf('رام الله - وفا: أفرج الاحتلال', 'رام الله'), [DATELINE, PLACE]);
    });

    test('place - agency with the lead on the same line, when the agency is a known one', () => {
      assert.deepEqual(shape('الرياض - واس أطلقت الوزارة برنامجاً جديداً').slice(4), [['واس', AGENCY], [' أطلقت الوزارة برنامجاً جديداً', PLAIN]]);
      assert.deepEqual(scopesOf('الرباط - و م ع أعلنت الحكومة', 'و م ع'), [DATELINE, AGENCY]);
      assert.deepEqual(scopesOf('الدوحة – فريق أطلق مبادرة', 'الدوحة'), []);
    });

    test('a spaced dash early in a sentence is not a dateline', () => {
      const line = 'وقال الوزير - في بيان - إن المحادثات مستمرة';
      assert.deepEqual(scopesOf(line, 'وقال الوزير'), []);
      assert.deepEqual(scopesOf(line, 'في'), []);
      assert.deepEqual(scopesOf(line, '-'), ['punctuation.separator.dash.wire']);
    });

    test('Arabic place (agency) dash, the lead following', () => {
      assert.deepEqual(shape('أنقرة (رويترز) – قال مسؤول تركي إن المحادثات ستستأنف'), [
        ['أنقرة', PLACE], [' ', DATELINE], ['(', TAG_BEGIN], ['رويترز', AGENCY], [')', TAG_END], [' ', DATELINE], ['–', SEP],
        [' قال مسؤول تركي إن المحادثات ستستأنف', PLAIN],
      ]);
      assert.deepEqual(scopesOf('بيروت (د ب أ) - انقطعت الكهرباء', 'د ب أ'), [DATELINE, AGENCY]);
    });

    test('PLACE, date (Agency) - in English', () => {
      assert.deepEqual(shape('BRUSSELS, June 10 (Reuters) - The European Union agreed').slice(0, 11), [
        ['BRUSSELS', PLACE], [',', SEP], [' ', DATELINE], ['June 10', DATE], [' ', DATELINE],
        ['(', TAG_BEGIN], ['Reuters', AGENCY], [')', TAG_END], [' ', DATELINE], ['-', SEP], [' The European Union agreed', PLAIN],
      ]);
    });

    test('PLACE (AP) —, PLACE (AFP) -, two places, and a country after the city', () => {
      assert.deepEqual(scopesOf('ANKARA (AP) — Turkish officials said', 'AP'), [DATELINE, AGENCY]);
      assert.deepEqual(scopesOf('ANKARA (AP) — Turkish officials said', '—'), [DATELINE, SEP]);
      assert.deepEqual(scopesOf('PARIS (AFP) - Le gouvernement a annoncé', 'PARIS'), [DATELINE, PLACE]);
      assert.deepEqual(scopesOf('WASHINGTON/LONDON (Reuters) - Oil prices rose', 'WASHINGTON/LONDON'), [DATELINE, PLACE]);
      assert.deepEqual(scopesOf('ANKARA, Turkey (AP) — Officials said', 'Turkey'), [DATELINE, PLACE]);
      assert.deepEqual(scopesOf('PARIS, 10 juin (AFP) - Le gouvernement', '10 juin'), [DATELINE, DATE]);
    });

    test('agency first: AA / place / reporter', () => {
      assert.deepEqual(shape('AA / Tunis / Karim Ben Salah'), [
        ['AA', AGENCY], [' ', DATELINE], ['/', SEP], [' ', DATELINE], ['Tunis', PLACE], [' ', DATELINE], ['/', SEP], [' ', DATELINE],
        ['Karim Ben Salah', REPORTER],
      ]);
    });

    test('a dateline behind a byte-order mark or bidi marks is still a dateline; in mid-line it is not', () => {
      assert.deepEqual(scopesOf('\uFEFF\u200Fبغداد/ الأناضول', 'بغداد'), [DATELINE, PLACE]);
      assert.deepEqual(scopesOf('\u202Bغزة - الأناضول\u202C', 'الأناضول'), [DATELINE, AGENCY]);
      assert.deepEqual(scopesOf('وأضاف المتحدث أن بغداد/ الأناضول', 'بغداد'), []);
      assert.deepEqual(scopesOf('Officials in ANKARA (AP) — said', 'ANKARA'), []);
      assert.deepEqual(scopesOf('and/or both', 'and/or'), []);
    });
  });

  suite('agency credits', () => {
    test('an agency in parentheses is a credit, in Arabic, Turkish and English', () => {
      assert.deepEqual(shape('وفق ما نقلت (الأناضول).').slice(1), [['(', TAG_BEGIN], ['الأناضول', AGENCY], [')', TAG_END], ['.', 'punctuation.terminator.wire']]);
      assert.deepEqual(scopesOf("İstanbul'da yangın çıktı (İHA)", 'İHA'), [CREDIT, AGENCY]);
      assert.deepEqual(scopesOf('انفجار في المرفأ (د ب أ)', 'د ب أ'), [CREDIT, AGENCY]);
      assert.deepEqual(shape('Two ships collided (AA)'), [['Two ships collided ', PLAIN], ['(', TAG_BEGIN], ['AA', AGENCY], [')', TAG_END]]);
    });

    test('every agency form the core knows is a credit in parentheses, except the ambiguous ones', () => {
      const ambiguous = new Set(['فارس', 'Fars', 'مهر', 'Mehr', 'Petra', 'بترا', 'Turan']);
      for (const form of AGENCIES.flatMap(a => a.forms).filter(f => !ambiguous.has(f)))
        assert.deepEqual(scopesOf(`نقلت (${form}) الخبر`, form), [CREDIT, AGENCY], form);
      for (const form of ambiguous) assert.deepEqual(scopesOf(`(${form})`, form), [], form);
    });

    test('other parentheticals are not credits', () => {
      assert.deepEqual(scopesOf('حركة المقاومة الإسلامية (حماس) قالت', 'حماس'), []);
      assert.deepEqual(scopesOf('the alliance (NATO) said', 'NATO'), []);
      assert.deepEqual(scopesOf('the (Reutersville) plant', 'Reutersville'), []);
    });

    test('وكالات closing a paragraph is a credit; inside a sentence it is a word', () => {
      assert.deepEqual(scopesOf('توقفت المحادثات مساء أمس. وكالات', 'وكالات'), [AGENCY]);
      assert.deepEqual(scopesOf('توقفت المحادثات مساء أمس (وكالات)', 'وكالات'), [CREDIT, AGENCY]);
      assert.deepEqual(scopesOf('ذكرت وكالات الأنباء أن القصف استمر', 'وكالات'), []);
      assert.deepEqual(scopesOf('نقلت الوكالات الأنباء. الوكالات', 'الوكالات', 1), []);
    });
  });

  suite('quotes', () => {
    test('“…” marks are punctuation and the speech between them a string', () => {
      assert.deepEqual(shape('He said “we will stay” on Monday.'), [
        ['He said ', PLAIN], ['“', QUOTE_BEGIN], ['we will stay', quoted('curly')], ['”', QUOTE_END], [' on Monday', PLAIN], ['.', 'punctuation.terminator.wire'],
      ]);
      assert.deepEqual(scopesOf('He said “we will stay” on Monday.', '“'), [quoted('curly'), QUOTE_BEGIN]);
    });

    test('reversed ”…“ and same-mark ”…” quotes in Arabic copy', () => {
      assert.deepEqual(shape('وقال ”لن نتراجع“ أمس'), [['وقال ', PLAIN], ['”', QUOTE_BEGIN], ['لن نتراجع', quoted('curly')], ['“', QUOTE_END], [' أمس', PLAIN]]);
      assert.deepEqual(shape('وقال ”لن نتراجع” أمس'), [['وقال ', PLAIN], ['”', QUOTE_BEGIN], ['لن نتراجع', quoted('curly')], ['”', QUOTE_END], [' أمس', PLAIN]]);
    });

    test('«…» and reversed »…« guillemets', () => {
      assert.deepEqual(shape('وأضاف «الوضع صعب» في المؤتمر'), [['وأضاف ', PLAIN], ['«', QUOTE_BEGIN], ['الوضع صعب', quoted('guillemets')], ['»', QUOTE_END], [' في المؤتمر', PLAIN]]);
      assert.deepEqual(shape('وأضاف »الوضع صعب« في المؤتمر'), [['وأضاف ', PLAIN], ['»', QUOTE_BEGIN], ['الوضع صعب', quoted('guillemets')], ['«', QUOTE_END], [' في المؤتمر', PLAIN]]);
    });

    test('"…" straight quotes, \'\'…\'\' doubled apostrophes and „…“ low quotes', () => {
      assert.deepEqual(shape('She called it "a mistake" twice'), [['She called it ', PLAIN], ['"', QUOTE_BEGIN], ['a mistake', quoted('straight')], ['"', QUOTE_END], [' twice', PLAIN]]);
      assert.deepEqual(shape("Bakan ''çalışmalar sürüyor'' dedi"), [['Bakan ', PLAIN], ["''", QUOTE_BEGIN], ['çalışmalar sürüyor', quoted('apostrophes')], ["''", QUOTE_END], [' dedi', PLAIN]]);
      assert.deepEqual(shape('Bakan „çalışmalar sürüyor“ dedi'), [['Bakan ', PLAIN], ['„', QUOTE_BEGIN], ['çalışmalar sürüyor', quoted('curly')], ['“', QUOTE_END], [' dedi', PLAIN]]);
    });

    test('an unclosed quote ends with its line and the next line starts outside it', () => {
      const first = wire.tokenizeLine('قال “سنواصل العمل حتى النهاية');
      assert.deepEqual(first.tokens.at(-1)!.scopes, [quoted('curly')]);
      assert.equal(first.tokens.at(-1)!.end, 'قال “سنواصل العمل حتى النهاية'.length);
      assert.deepEqual(wire.tokenizeLine('وأضاف المسؤول', first.state).tokens.map(t => [t.text, t.scopes]), [['وأضاف المسؤول', []]]);
      assert.deepEqual(shape('He said "never'), [['He said ', PLAIN], ['"', QUOTE_BEGIN], ['never', quoted('straight')]]);
    });

    test('a quote inside a quote nests one level; numbers and punctuation inside quotes keep their scopes', () => {
      const line = 'وقال «إن عبارة “لا تراجع” تلخص الموقف منذ 2019، بلا شك» أمس';
      assert.deepEqual(scopesOf(line, 'لا تراجع'), [quoted('guillemets'), quoted('nested')]);
      assert.deepEqual(scopesOf(line, '“'), [quoted('guillemets'), quoted('nested'), QUOTE_BEGIN]);
      assert.deepEqual(scopesOf(line, 'تلخص الموقف'), [quoted('guillemets')]);
      assert.deepEqual(scopesOf(line, '2019'), [quoted('guillemets'), 'constant.numeric.latin.wire']);
      assert.deepEqual(scopesOf(line, '،'), [quoted('guillemets'), 'punctuation.separator.comma.arabic.wire']);
      assert.deepEqual(scopesOf(line, 'أمس'), []);
    });

    test('quote marks glued to a clitic are tokens of their own and split no letters', () => {
      assert.deepEqual(shape('قدم الدعم لـ”داعش” في المنطقة'), [
        ['قدم الدعم لـ', PLAIN], ['”', QUOTE_BEGIN], ['داعش', quoted('curly')], ['”', QUOTE_END], [' في المنطقة', PLAIN],
      ]);
    });
  });

  suite('numbers and punctuation', () => {
    test('numbers in Latin, Arabic-Indic and Persian digits, with their separators', () => {
      assert.deepEqual(scopesOf('بلغت الخسائر 1,250.5 مليون دولار', '1,250.5'), ['constant.numeric.latin.wire']);
      assert.deepEqual(scopesOf('ارتفع التضخم إلى ٣٫٥ بالمئة', '٣٫٥'), ['constant.numeric.arabic-indic.wire']);
      assert.deepEqual(scopesOf('قتل ١٢ شخصاً', '١٢'), ['constant.numeric.arabic-indic.wire']);
      assert.deepEqual(scopesOf('در سال ۱۴۰۲ خورشیدی', '۱۴۰۲'), ['constant.numeric.persian.wire']);
      assert.deepEqual(scopesOf('the 2020-2021 season at 10:35', '2020-2021'), ['constant.numeric.latin.wire']);
      assert.deepEqual(scopesOf('the 2020-2021 season at 10:35', '10:35'), ['constant.numeric.latin.wire']);
    });

    test('digits glued to a word stay part of it', () => {
      for (const [line, word] of [['في عام 2021م', '2021م'], ['the G20 summit', 'G20'], ['المباراة الـ20 للفريق', 'الـ20'], ['COVID-19 cases', 'COVID-19'], ['a 19-year-old man', '19-year-old'], ['فاز بـ١٢ صوتاً', 'بـ١٢']])
        assert.deepEqual(scopesOf(line, word), [], word);
    });

    test('Arabic punctuation ، ؛ ؟', () => {
      assert.deepEqual(shape('قال: هل انتهى؟ نعم، انتهى؛ لكن'), [
        ['قال', PLAIN], [':', 'punctuation.separator.colon.wire'], [' هل انتهى', PLAIN], ['؟', 'punctuation.terminator.arabic.wire'],
        [' نعم', PLAIN], ['،', 'punctuation.separator.comma.arabic.wire'], [' انتهى', PLAIN], ['؛', 'punctuation.separator.semicolon.arabic.wire'], [' لكن', PLAIN],
      ]);
    });

    test('Latin punctuation; a spaced dash is a dash and a hyphen inside a word is not', () => {
      assert.deepEqual(shape('Well, yes; no: maybe! Why?! Fine… – al-Assad left...'), [
        ['Well', PLAIN], [',', 'punctuation.separator.comma.wire'], [' yes', PLAIN], [';', 'punctuation.separator.semicolon.wire'],
        [' no', PLAIN], [':', 'punctuation.separator.colon.wire'], [' maybe', PLAIN], ['!', 'punctuation.terminator.wire'], [' Why', PLAIN],
        ['?!', 'punctuation.terminator.wire'], [' Fine', PLAIN], ['…', 'punctuation.terminator.wire'], [' ', PLAIN], ['–', 'punctuation.separator.dash.wire'],
        [' al-Assad left', PLAIN], ['...', 'punctuation.terminator.wire'],
      ]);
    });
  });

  suite('right-to-left words stay whole', () => {
    test('words with clitics, tatweel and diacritics are never cut by a scope', () => {
      const line = 'وبالأمس قال المتحدثُ لـ”الأناضول“ إنّ الحكومةَ فَشِلَت، وللمرة الثانية كـ«شريك» بـ١٢ صوتاً والـ2021 القرآنٰ (الأناضول) فالوضعُ «مُعقّد»؟';
      const { tokens } = wire.tokenizeLine(line);
      assertCovers(line, tokens);
      assert.deepEqual(splitWords(line, tokens), []);
      for (const w of ['وبالأمس', 'المتحدثُ', 'لـ', 'إنّ', 'فَشِلَت', 'وللمرة', 'كـ', 'بـ١٢', 'والـ2021', 'القرآنٰ', 'فالوضعُ', 'مُعقّد']) scopesOf(line, w);
      assert.deepEqual(scopesOf(line, 'الأناضول', 1), [CREDIT, AGENCY]);
    });
  });

  suite('articles, line after line', () => {
    /** The tokens of each line, each line starting in the state the line before left (as in the editor). */
    function tokenizeArticle(lines: readonly string[]): Token[][] {
      let state: ReturnType<WireGrammar['tokenizeLine']>['state'] | undefined;
      return lines.map(line => {
        const r = wire.tokenizeLine(line, state);
        state = r.state;
        return [...r.tokens];
      });
    }
    const scopesIn = (tokens: readonly Token[], line: string, fragment: string) => {
      const at = line.indexOf(fragment);
      assert.ok(at >= 0, `"${fragment}" is not in "${line}"`);
      const token = tokens.find(t => t.start <= at && at < t.end)!;
      assert.ok(token.end >= at + fragment.length, `"${fragment}" is split`);
      return token.scopes;
    };

    test('date lines and datelines are found on every line, whatever the line before left open', () => {
      const lines = [
        'السعودية تطلق برنامجًا وطنيًا لخفض الهدر',
        'الخميس ١٠ يونيو ٢٠٢١',
        'الرياض - واس أطلقت الوزارة برنامجاً جديداً',
        'قال “سنواصل العمل حتى النهاية',
        'بغداد/ الأناضول قال مسؤول',
        '',
        '10.06.2021',
        'BRUSSELS, June 10 (Reuters) - The European Union agreed',
        'AA / Tunis / Karim Ben Salah',
        'وأضاف المسؤول أن المحادثات مستمرة (الأناضول)',
        'توقفت المحادثات مساء أمس. وكالات',
      ];
      const tokens = tokenizeArticle(lines);
      assert.deepEqual(tokens[0].map(t => t.scopes), [[]]);
      assert.deepEqual(tokens[1].map(t => [t.text, t.scopes]), [[lines[1], [DATE_LINE]]]);
      assert.deepEqual(scopesIn(tokens[2], lines[2], 'الرياض'), [DATELINE, PLACE]);
      assert.deepEqual(scopesIn(tokens[2], lines[2], 'واس'), [DATELINE, AGENCY]);
      assert.deepEqual(scopesIn(tokens[3], lines[3], 'النهاية'), [quoted('curly')]);
      assert.deepEqual(scopesIn(tokens[4], lines[4], 'بغداد'), [DATELINE, PLACE]);
      assert.deepEqual(scopesIn(tokens[4], lines[4], 'الأناضول'), [DATELINE, AGENCY]);
      assert.deepEqual(tokens[6].map(t => [t.text, t.scopes]), [['10.06.2021', [DATE_LINE]]]);
      assert.deepEqual(scopesIn(tokens[7], lines[7], 'BRUSSELS'), [DATELINE, PLACE]);
      assert.deepEqual(scopesIn(tokens[7], lines[7], 'Reuters'), [DATELINE, AGENCY]);
      assert.deepEqual(scopesIn(tokens[8], lines[8], 'Tunis'), [DATELINE, PLACE]);
      assert.deepEqual(scopesIn(tokens[9], lines[9], 'الأناضول'), [CREDIT, AGENCY]);
      assert.deepEqual(scopesIn(tokens[10], lines[10], 'وكالات'), [AGENCY]);
    });

    test('a line of a fixture article is coloured as it is on its own: no state crosses a line', () => {
      const dir = path.join(repoRoot, 'test/fixtures');
      for (const file of fs.readdirSync(dir).filter(f => /\.(wire|txt)$/.test(f))) {
        const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
        tokenizeArticle(lines).forEach((tokens, i) => assert.deepEqual(tokens, wire.tokenizeLine(lines[i]).tokens, `${file}:${i + 1}`));
      }
    });
  });

  suite('pathological lines tokenize completely and fast (timings printed, not asserted)', () => {
    test('100,000 characters of mixed Arabic and Latin copy with quotes, numbers and credits', () => {
      const unit = [
        'وبحسب المتحدث، قال لـ”الأناضول“ إن ١٢ شخصاً قتلوا؛ ',
        '«الوضع لا يحتمل» ”قالها مرتين“ He said "we will stay" on 10.06.2021 ',
        "and ''again'' – „fine“ with 1,250.5 and ۱۴۰۲ (AA) (د ب أ) والـ20 Erdoğan'ın al-Assad. ",
      ].join('');
      const line = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const tokens = assertTokenizesWhole('mixed copy', line);
      const tail = tokens.filter(t => t.start > line.length - 2 * unit.length);
      assert.ok(tail.some(t => t.scopes.includes(quoted('guillemets'))) && tail.some(t => t.scopes.includes(CREDIT)), 'the grammar works to the end of the line');
    });

    test('5,000 quote marks: one kind, guillemets that could nest, and every kind mixed', () => {
      assertTokenizesWhole('5,000 “', '“'.repeat(5000));
      assertTokenizesWhole('5,000 «', '«'.repeat(5000));
      assertTokenizesWhole('5,000 "', '"'.repeat(5000));
      const mixed = assertTokenizesWhole('5,000 mixed marks', '“”«»"„\'\'»«”'.repeat(500));
      assert.ok(mixed.every(t => t.scopes.filter(s => s.startsWith('string.')).length <= 2), 'quotes nest at most one level');
    });

    test('a long run of bidi control characters around Arabic words', () => {
      const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
      const line = controls.repeat(2000) + 'بغداد/ الأناضول قال ' + controls.repeat(2000) + '“نص مقتبس” ١٢ ' + controls.repeat(2000);
      const tokens = assertTokenizesWhole('bidi controls', line);
      assert.deepEqual(tokens.find(t => t.text === 'بغداد')?.scopes, [DATELINE, PLACE]);
      assert.deepEqual(tokens.find(t => t.text === 'نص مقتبس')?.scopes, [quoted('curly')]);
    });

    test('runs built to tempt the anchored rules into backtracking', () => {
      assertTokenizesWhole('100,000 digits glued to a letter', '1'.repeat(100_000) + 'م');
      assertTokenizesWhole('10,000 dates on one line', '10.06.2021 '.repeat(10_000));
      assertTokenizesWhole('15,000 place/ segments', 'بغداد/ '.repeat(15_000));
      assertTokenizesWhole('100,000 open parentheses', '('.repeat(100_000));
      assertTokenizesWhole('25,000 single-letter words', 'د ب '.repeat(25_000));
      assertTokenizesWhole('20,000 words then an open parenthesis', 'كلمة '.repeat(20_000) + '(');
    });
  });
});

suite('wire language configuration', () => {
  test('every wordPattern match in an Arabic sentence is a whole word with its clitics', () => {
    const sentence = 'وقال المتحدثُ لـ”الأناضول“، إنّ الحكومةَ ستعقد بـ١٢ وزيراً وللمرة الثانية اجتماعاً فاشلاً؛ والـ2021 كـ«سابقتها»؟';
    assert.deepEqual(words(sentence).map(m => m[0]), [
      'وقال', 'المتحدثُ', 'لـ', 'الأناضول', 'إنّ', 'الحكومةَ', 'ستعقد', 'بـ١٢', 'وزيراً', 'وللمرة', 'الثانية', 'اجتماعاً', 'فاشلاً', 'والـ2021', 'كـ', 'سابقتها',
    ]);
  });

  test('wordPattern keeps inner apostrophes, hyphens, ZWNJ and number separators, and Turkish and Azerbaijani letters', () => {
    assert.deepEqual(words("Erdoğan'ın l’armée a-t-il می‌خواهند Əliyev İzmir'de 1,250.5 ١٬٢٥٠٫٥ ۱۴۰۲ U.S. end.").map(m => m[0]), [
      "Erdoğan'ın", 'l’armée', 'a-t-il', 'می‌خواهند', 'Əliyev', "İzmir'de", '1,250.5', '١٬٢٥٠٫٥', '۱۴۰۲', 'U', 'S', 'end',
    ]);
  });

  test('quotes and brackets auto-close and surround; only () and [] are brackets; no comments', () => {
    const expected = [['(', ')'], ['[', ']'], ['“', '”'], ['«', '»'], ['‘', '’'], ['"', '"']];
    assert.deepEqual(config.autoClosingPairs.map(p => [p.open, p.close]), expected);
    assert.deepEqual(config.surroundingPairs, expected);
    // Quote marks are not brackets: Arabic copy mirrors them, and bracket matching would flag every ”…“.
    assert.deepEqual(config.brackets, [['(', ')'], ['[', ']']]);
    assert.equal(config.comments, undefined);
  });

  test('the manifest points the wire language at this grammar, configuration and icons', () => {
    const manifest = JSON.parse(readRepoFile('package.json'));
    const grammar = JSON.parse(readRepoFile('syntaxes/wire.tmLanguage.json'));
    const contribution = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'wire');
    assert.equal(contribution.scopeName, grammar.scopeName);
    assert.equal(contribution.path, './syntaxes/wire.tmLanguage.json');
    // Quoted speech is prose like the rest: brackets match and suggestions work inside it too.
    assert.deepEqual(contribution.tokenTypes, { 'string.quoted': 'other' });
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'wire');
    assert.equal(language.configuration, './language-configuration.json');
    const icons = [language.icon.light, language.icon.dark, ...manifest.contributes.viewsContainers.activitybar.map((c: { icon: string }) => c.icon)];
    for (const icon of icons) {
      const svg = fs.readFileSync(path.join(repoRoot, icon), 'utf8');
      assert.match(svg, /^<svg [^>]*viewBox="0 0 (16 16|24 24)"/, icon);
      assert.doesNotMatch(svg, /currentColor/, icon);
    }
  });
});

suite('wire grammar file', () => {
  test('syntaxes/wire.tmLanguage.json is what scripts/grammar/wireGrammar.mjs builds (node scripts/grammar/build.mjs)', () => {
    assert.equal(readRepoFile('syntaxes/wire.tmLanguage.json'), renderWireGrammar());
  });
});

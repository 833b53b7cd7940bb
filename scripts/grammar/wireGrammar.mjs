// Builds syntaxes/wire.tmLanguage.json, the TextMate grammar of wire copy, from readable parts.
//   node scripts/grammar/build.mjs        writes the grammar; test/unit/grammar.test.ts fails while the
//                                          committed file differs from what this module builds.
// What the scopes mean is documented at the top of test/unit/grammar.test.ts.
//
// How VS Code runs a grammar decides how it is written. vscode-textmate asks, at each token, every rule
// of the current state for its next match; vscode-oniguruma searches them together position by
// position (lines under 1000 UTF-8 bytes) or one by one, keeping each rule's next match until it is
// passed (longer lines). Either way:
// - Oniguruma finds a rule's candidates quickly only when the rule starts with a literal: a character,
//   or an alternation of characters (by their first byte). A rule that starts with a character class
//   holding non-ASCII characters ([“”], [٠-٩], \p{L}), or with an alternation one of whose branches
//   starts with none (…|$), is attempted at every character of the line. So rules start with literal
//   alternatives ((?:“|”|„), not [“”„]), quotes end at (?=\n) rather than $ (vscode-textmate appends
//   "\n" to every line), and multibyte classes come only after the first character.
// - Arabic letters share their first UTF-8 byte with ، ؛ ؟ (D8) and ٠-٩ (D9), so nearly every Arabic
//   letter is a candidate for numbers and punctuation. The inline rule starts with one lookahead class of
//   every character any of its parts can start with: a single check turns a letter away.
// - Every rule of a state costs a search per token, so credits, وكالات, numbers and punctuation are one
//   rule of alternatives (their first characters never overlap, so their order never mattered), each
//   alternative a capture group with the scope its rule had.
// - Date lines and datelines would be attempted at every position (^ gives Oniguruma nothing to search
//   for). They are one regex instead, read once per line: the whole grammar sits in a begin/while rule,
//   whose `while` vscode-textmate applies at the start of every line after the first (the `begin`, the
//   same regex, reads the first); it always matches (at worst empty),
//   so the rule never ends, and it colours the start of the line through its captures, trying the forms
//   in the order the separate rules had (the date line first, then the datelines).
// - Closed word lists are tries (وكالة(?:…|…)): a failed attempt costs a few comparisons, not one per
//   word. Every quantifier is possessive, atomic or counted and every lookbehind one or two characters
//   (or a literal just matched), so long lines stay linear.

// Blanks inside a line: space, tab, no-break space, byte-order mark, and the bidi controls that copy
// pasted from right-to-left pages carries.
const WS = '[ \\t\\x{00A0}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FEFF}]';
const DIGIT = '[0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}]';
const LETTER = '[\\p{L}\\p{M}]';
const NOT_LETTER_NEXT = '(?![\\p{L}\\p{M}])';
// A word: letters and marks, inner apostrophes, hyphens, dots and joiners; never a bare tatweel.
const WORD = "(?!\\x{0640})[\\p{L}\\p{M}]++(?:['’.\\-\\x{2010}\\x{200C}\\x{200D}][\\p{L}\\p{M}]++)*+";
// A word that may start a place name: a capital or a caseless letter (Arabic, Persian).
const CAP = '(?=[\\p{Lu}\\p{Lt}\\p{Lo}])';
// Two to four single letters, spaced or dotted: د ب أ, U.S.
const ABBR = `\\p{L}${NOT_LETTER_NEXT}\\.?+(?:${WS}?+\\p{L}${NOT_LETTER_NEXT}\\.?+){1,3}`;
// A dateline dash: hyphen(s), en or em dash, or a tatweel standing alone.
const DASH = `(?:--?+|[\\x{2013}\\x{2014}]|\\x{0640}${NOT_LETTER_NEXT})`;

// Agency names in credits and datelines: the forms src/core/article/agencies.ts knows, less the
// ambiguous ones (فارس, مهر, بترا, Fars, Mehr, Petra, Turan), and Turkish "Ajanslar". A space stands for
// any run of blanks.
const AGENCIES = [
  'وكالة أنباء الشرق الأوسط', 'الوكالة الوطنية للإعلام', 'وكالة الأنباء الألمانية', 'Demirören Haber Ajansı', 'وكالة الأنباء السعودية',
  'وكالة الأنباء العمانية', 'وكالة الأنباء الكويتية', 'وكالة الصحافة الفرنسية', 'وكالة الأنباء القطرية', 'Agence France-Presse',
  'وكالة أنباء الإمارات', 'وكالة أنباء البحرين', 'İhlas Haber Ajansı', 'Associated Press', 'الأناضول للأنباء', 'خبرگزاری آنادولو',
  'Agence Anadolu', 'Anadolu Agency', 'Anadolu Ajansı', 'رويترز للأنباء', 'وكالة الأناضول', 'وكالة رويترز', 'Kurdistan24', 'RIA Novosti',
  'أسوشيتد برس', 'ريا نوفوستي', 'آسوشیتدپرس', 'كوردستان24', 'Bloomberg', 'الألمانية', 'فرانس برس', 'فرانس پرس', 'Agencies', 'Ajanslar',
  'الأناضول', 'العمانية', 'الفرنسية', 'تي آر تي', 'Agences', 'Anadolu', 'ANADOLU', 'AzerTac', 'AZERTAC', 'Azərtac', 'Reuters', 'REUTERS',
  'Sputnik', 'آنادولو', 'بلومبرغ', 'سبوتنيك', 'Tasnim', 'Xinhua', 'Yonhap', 'رويترز', 'سينخوا', 'شينخوا', 'وكالات', 'يونهاب', 'Kyodo',
  'Rudaw', 'أ ش أ', 'أ ف ب', 'ایرنا', 'ایسنا', 'تسنيم', 'تسنیم', 'د ب أ', 'روداو', 'كيودو', 'لاماب', 'ANKA', 'ANSA', 'IRNA', 'ISNA', 'KUNA',
  'MENA', 'SANA', 'TASS', 'WAFA', 'أنسا', 'إرنا', 'إسنا', 'سانا', 'كونا', 'AFP', 'APA', 'APS', 'BNA', 'DHA', 'dpa', 'DPA', 'EFE', 'IHA',
  'İHA', 'INA', 'MAP', 'NNA', 'ONA', 'QNA', 'RIA', 'SPA', 'TAP', 'TRT', 'UPI', 'WAM', 'أ ب', 'إفي', 'بنا', 'تاس', 'قنا', 'وات', 'واج',
  'واس', 'واع', 'وام', 'وفا', 'ومع', 'AA', 'AP',
];
// Credits that close a paragraph on their own ("… مساء أمس. وكالات").
const AGENCIES_CREDIT = ['وكالات', 'Agencies', 'Ajanslar', 'Agences'];

// Words of a date line besides numbers: months (Gregorian, Levantine, Maghrebi, Hijri, Persian),
// weekdays, time words and update stamps. Latin ones match in any case.
const LATIN_DATE_WORDS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tues', 'Tue', 'Wed', 'Thurs', 'Thur', 'Thu', 'Fri', 'Sat', 'Sun',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'janv', 'févr', 'avr', 'juil', 'déc', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık',
  'Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cumartesi', 'Cuma', 'Pazar',
  'yanvar', 'fevral', 'aprel', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr',
  'Updated', 'Update', 'Güncelleme', 'Mise à jour', 'saat', 'heures', 'am', 'pm', 'a.m', 'p.m', 'GMT', 'UTC', 'TSİ', 'TSI', 'CET', 'CEST', 'EST', 'EDT',
];
const ARABIC_DATE_WORDS = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر',
  'اكتوبر', 'نوفمبر', 'ديسمبر', 'كانون الثاني', 'كانون الأول', 'شباط', 'آذار', 'اذار', 'نيسان', 'أيار', 'ايار', 'حزيران', 'تموز', 'آب',
  'أيلول', 'ايلول', 'تشرين الأول', 'تشرين الثاني', 'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'يوليوز', 'غشت', 'شتنبر',
  'نونبر', 'دجنبر', 'محرم', 'صفر', 'ربيع الأول', 'ربيع الثاني', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان',
  'شوال', 'ذو القعدة', 'ذو الحجة', 'الأحد', 'الاحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت',
  'يوم', 'صباحاً', 'صباحا', 'مساءً', 'مساء', 'ص', 'م', 'هـ', 'الساعة', 'بتوقيت', 'الموافق', 'آخر تحديث', 'تحديث', 'محدث',
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند', 'ژانویه', 'ژانويه', 'فوریه',
  'فبرایر', 'آوریل', 'اوریل', 'آگوست', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر', 'یکشنبه', 'یک‌شنبه', 'دوشنبه',
  'سه‌شنبه', 'سهشنبه', 'سه شنبه', 'چهارشنبه', 'پنجشنبه', 'پنج‌شنبه', 'جمعه', 'شنبه',
];

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

const escapeChar = c => (/[\\^$.|?*+()[\]{}\-/]/.test(c) ? `\\${c}` : c);

/**
 * The words as one alternation that tries each candidate by its shared prefix: وكالة(?:…|…).
 * A space in a word matches `space` (a regex). Of two words one of which begins the other, the longer
 * is tried first, as in a list sorted longest first.
 */
function trie(words, space = ' ') {
  const root = new Map();
  for (const w of words) {
    let node = root;
    for (const c of [...w]) {
      if (!node.has(c)) node.set(c, new Map());
      node = node.get(c);
    }
    node.set('', null);
  }
  const render = node => {
    const branches = [...node.keys()].filter(k => k !== '').sort().map(c => (c === ' ' ? space : escapeChar(c)) + render(node.get(c)));
    if (branches.length === 0) return '';
    const optional = node.has('');
    if (branches.length === 1 && !optional) return branches[0];
    return `(?:${branches.join('|')})${optional ? '?' : ''}`;
  };
  // The root alternation, without a group of its own (callers put it in context).
  const top = [...root.keys()].sort().map(c => escapeChar(c) + render(root.get(c)));
  return top.join('|');
}

/** A regex whose capture groups are written cap(scope, body); the groups are numbered where they open. */
function withCaptures(build) {
  const scopes = [];
  const cap = (scope, body) => `\u{F0000}${scopes.push(scope) - 1}\u{F0001}(${body})`;
  const marked = build(cap);
  const captures = {};
  let n = 0;
  const regex = marked.replace(/\u{F0000}(\d+)\u{F0001}/gu, (_, i) => {
    captures[String(++n)] = { name: scopes[Number(i)] };
    return '';
  });
  if (countGroups(regex) !== n) throw new Error(`a capture group not made with cap(): ${regex}`);
  return { regex, captures };
}

/** Capturing groups in a regex: "(" not escaped, not in a class, not followed by "?". */
function countGroups(regex) {
  let n = 0;
  for (let i = 0; i < regex.length; i++) {
    const c = regex[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i++;
      if (regex[i] === '^') i++;
      if (regex[i] === ']') i++;
      while (regex[i] !== ']') i += regex[i] === '\\' ? 2 : 1;
    } else if (c === '(' && regex[i + 1] !== '?') n++;
  }
  return n;
}

// What can start a punctuation token.
const PUNCTUATION = '\\x{060C}\\x{061B}\\x{061F}\\x{06D4},;:.!?\\x{2026}\\x{2013}\\x{2014}\\-';
const codes = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => `\\x{${(from + i).toString(16).toUpperCase().padStart(4, '0')}}`);
const alternatives = xs => `(?:${xs.join('|')})`;

/** A known agency name, as a whole word. */
const knownAgency = () => `(?:${trie(AGENCIES, `${WS}++`)})${NOT_LETTER_NEXT}`;

/** Everything that can start a line: a date line, or one of the dateline forms. */
function lineStart() {
  const dateWords = `(?i:${trie(LATIN_DATE_WORDS)})\\.?+|${trie(ARABIC_DATE_WORDS)}`;
  const dateToken = `(?>(?:${DIGIT}{1,4}(?:[./:\\-]${DIGIT}{1,4}){0,2}(?:st|nd|rd|th|er|e)?+|${dateWords})(?![\\p{L}\\p{M}\\p{N}]))`;
  const dateSep = `${WS}*+[,/|:\\-\\x{2013}\\x{2014}\\x{060C}]?+${WS}*+`;
  const capWords = n => `(?>${CAP}${WORD}(?:${WS}++${CAP}${WORD}){0,${n}})`;
  const words = n => `(?>${WORD}(?:${WS}++${WORD}){0,${n}})`;
  // An agency that ends the line or meets punctuation may be any name of one or two words.
  const looseAgency = `(?>${ABBR}|${WORD}(?:${WS}++${WORD})?+(?=${WS}*+$)|${WORD})`;
  const agencies = knownAgency();
  return withCaptures(cap => {
    // 10.06.2021 · 14.08.2025 - 10:35 · الخميس، 10 حزيران 2021 - 10:35 ص: only dates, times and date words,
    // a digit among the first 80 characters. The first lookahead is implied by what follows it and
    // turns most lines away at their first word.
    const dateLine = `${WS}*+(?=${DIGIT}|${dateWords})(?=(?>[^0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}\\n]{0,80})${DIGIT})`
      + `(?:(?>${DIGIT}{1,4}(?:[./:\\-]${DIGIT}{1,4}){1,2})(?![\\p{L}\\p{M}\\p{N}])|${dateToken}(?>(?:${dateSep}${dateToken}){1,24}))${dateSep}$`;
    // BRUSSELS, June 10 (Reuters) - · أنقرة (رويترز) – · ANKARA, Turkey (AP) —
    const placeDateAgency = `${WS}*+${cap(PLACE, `(?>${CAP}${WORD}(?:(?:${WS}++|${WS}*+/${WS}*+)${CAP}${WORD}){0,3})`)}`
      + `(?:${cap(SEP, '[,\\x{060C}]')}${WS}*+${cap(PLACE, `(?>${CAP}${WORD}(?:${WS}++${CAP}${WORD})?+)`)}(?=${WS}*+[,\\x{060C}(]))?+`
      + `(?:${cap(SEP, '[,\\x{060C}]')}${WS}*+${cap(DATE, `(?>(?:${WORD}\\.?+${WS}++)?+${DIGIT}{1,4}(?:${WS}++${WORD}\\.?+)?+(?:,?+${WS}++${DIGIT}{4})?+)`)})?+`
      + `${WS}*+${cap(TAG_BEGIN, '\\(')}${WS}*+${cap(AGENCY, `(?>(?>${ABBR}|${WORD})(?:${WS}++${WORD}){0,2})`)}${WS}*+${cap(TAG_END, '\\)')}`
      + `${WS}*+${cap(SEP, DASH)}`;
    // AA / Tunis / Karim Ben Salah
    const agencyPlaceReporter = `${WS}*+${cap(AGENCY, `(?>[A-ZÇĞİÖŞÜ]{2,5})${NOT_LETTER_NEXT}`)}${WS}*+${cap(SEP, '/')}${WS}*+${cap(PLACE, capWords(2))}`
      + `${WS}*+${cap(SEP, '/')}${WS}*+${cap(REPORTER, words(4))}(?=${WS}*+$)`;
    // بغداد/إبراهيم صالح/الأناضول · إسطنبول/ الأناضول · غزة - الأناضول · الرياض - واس أطلقت … (two forms
    // that start with the same place, tried in turn).
    const placeSlashes = `${WS}*+${cap(SEP, '/')}${WS}*+(?:${cap(REPORTER, words(4))}${WS}*+${cap(SEP, '/')}${WS}*+)?+${cap(AGENCY, looseAgency)}${NOT_LETTER_NEXT}`;
    const placeDash = `(?:${WS}++${cap(SEP, DASH)}${WS}*+|${cap(SEP, DASH)}${WS}++)`
      + `${cap(AGENCY, `(?>${agencies}|${ABBR})|${looseAgency}(?=${WS}*+(?:$|[-\\x{2013}\\x{2014}:\\x{060C},.|]))`)}`;
    const placeThen = `${cap(PLACE, capWords(2))}(?:${placeSlashes}|${placeDash})`;
    return `^(?:${cap(DATE_LINE, dateLine)}|${cap(DATELINE, placeDateAgency)}|${cap(DATELINE, agencyPlaceReporter)}|${cap(DATELINE, `${WS}*+${placeThen}`)})?+`;
  });
}

/** Credits, numbers and punctuation, wherever they are: one rule, each part a capture with its scope. */
function inline() {
  const agencies = knownAgency();
  const notAfterWord = "(?<![\\p{L}\\p{M}\\p{N}_])(?<![\\p{L}\\p{M}]['’\\-\\x{2010}])";
  const digits = (first, rest, separators) => `(?>${first}${rest}{0,23}(?:[${separators}]${rest}{1,24}){0,6})`;
  return withCaptures(cap => {
    // (الأناضول) · (İHA) · (د ب أ); the lookahead (implied: every agency starts with a letter) turns
    // other parentheses away before the names are tried.
    const credit = `(?=\\(${WS}*+\\p{L})` + cap(CREDIT, `${cap(TAG_BEGIN, '\\(')}${WS}*+${cap(AGENCY, `(?>${agencies}|${ABBR})`)}${WS}*+${cap(TAG_END, '\\)')}`);
    // وكالات closing a paragraph, not preceded by a letter (checked once the word has matched).
    const closingCredit = cap(AGENCY, alternatives(AGENCIES_CREDIT.map(w => `${w}(?<!${LETTER}${w})`)))
      + `(?=${WS}*+[.)\\]]?+${WS}*+$)`;
    // Whole numbers only: 2021م, G20, الـ20, COVID-19 stay part of their word.
    const number = `(?=${DIGIT})${notAfterWord}(?:`
      + `${cap('constant.numeric.latin.wire', digits('[0-9]', '[0-9]', '.,:/\\-'))}`
      + `|${cap('constant.numeric.arabic-indic.wire', digits(alternatives(codes(0x660, 0x669)), '[\\x{0660}-\\x{0669}]', '\\x{066B}\\x{066C}.,:/\\-'))}`
      + `|${cap('constant.numeric.persian.wire', digits(alternatives(codes(0x6F0, 0x6F9)), '[\\x{06F0}-\\x{06F9}]', '\\x{066B}\\x{066C}.,:/\\-'))}`
      + ")(?![\\p{L}\\p{M}\\p{N}])(?!['’\\-\\x{2010}][\\p{L}\\p{M}\\p{N}])";
    const punctuation = `(?=[${PUNCTUATION}])(?:`
      + `${cap('punctuation.separator.comma.arabic.wire', '\\x{060C}')}|${cap('punctuation.separator.semicolon.arabic.wire', '\\x{061B}')}`
      + `|${cap('punctuation.terminator.arabic.wire', '\\x{061F}|\\x{06D4}')}|${cap('punctuation.separator.comma.wire', ',')}`
      + `|${cap('punctuation.separator.semicolon.wire', ';')}|${cap('punctuation.separator.colon.wire', ':')}`
      + `|${cap('punctuation.terminator.wire', '(?:\\.|!|\\?|\\x{2026})++')}`
      + `|${cap('punctuation.separator.dash.wire', '\\x{2013}|\\x{2014}|(?<!\\S)-(?!\\S)')})`;
    // One class check turns away the letters that share a first byte with what can start a part.
    const first = `[(${[...new Set(AGENCIES_CREDIT.map(w => w[0]))].join('')}0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}${PUNCTUATION}]`;
    return `(?=${first})(?:${[credit, closingCredit, number, punctuation].join('|')})`;
  });
}

export function buildWireGrammar() {
  const start = lineStart();
  const text = inline();
  const quote = (name, begin, end) => ({
    name,
    begin: begin.join('|'),
    beginCaptures: { 0: { name: QUOTE_BEGIN } },
    end: `(${end.join('|')})|(?=\\n)`,
    endCaptures: { 1: { name: QUOTE_END } },
    patterns: [{ include: '#quote-nested' }, { include: '#inline' }],
  });
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Wire Article',
    scopeName: 'text.wire',
    fileTypes: ['wire', 'news'],
    patterns: [{ include: '#line' }],
    repository: {
      line: {
        begin: start.regex,
        while: start.regex,
        captures: start.captures,
        patterns: [{ include: '#inline' }, { include: '#quote' }],
      },
      inline: { match: text.regex, captures: text.captures },
      quote: {
        patterns: ['#quote-curly', '#quote-guillemets', '#quote-guillemets-reversed', '#quote-straight', '#quote-apostrophes'].map(include => ({ include })),
      },
      // Arabic copy mirrors curly marks, so either closes a curly quote.
      'quote-curly': quote('string.quoted.double.curly.wire', ['\\x{201C}', '\\x{201D}', '\\x{201E}'], ['\\x{201C}', '\\x{201D}']),
      'quote-guillemets': quote('string.quoted.double.guillemets.wire', ['\\x{00AB}'], ['\\x{00BB}']),
      'quote-guillemets-reversed': quote('string.quoted.double.guillemets.wire', ['\\x{00BB}'], ['\\x{00AB}']),
      'quote-straight': quote('string.quoted.double.straight.wire', ['"'], ['"']),
      'quote-apostrophes': quote('string.quoted.double.apostrophes.wire', ["''"], ["''"]),
      // One level deep; any mark closes it.
      'quote-nested': {
        name: 'string.quoted.double.nested.wire',
        begin: ['\\x{201C}', '\\x{201D}', '\\x{201E}', '\\x{00AB}', '\\x{00BB}', '"', "''"].join('|'),
        beginCaptures: { 0: { name: QUOTE_BEGIN } },
        end: `(${['\\x{201C}', '\\x{201D}', '\\x{00AB}', '\\x{00BB}', '"', "''"].join('|')})|(?=\\n)`,
        endCaptures: { 1: { name: QUOTE_END } },
        patterns: [{ include: '#inline' }],
      },
    },
  };
}

/** The grammar file as committed: JSON, two-space indent, a final newline. */
export const renderWireGrammar = () => `${JSON.stringify(buildWireGrammar(), null, 2)}\n`;

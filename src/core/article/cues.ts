// Speech cues: the verbs and phrases by which wire copy attributes words to someone.
//   verb        قال، أكد، said, told, a déclaré, dedi — a finite verb with its own subject
//   participle  مضيفا، مؤكدا، قائلا، بالقول, adding, saying — the subject is the sentence's
//   pronoun     he said, a-t-il déclaré, وأضاف: (no named subject) — the speaker is carried over
//   source      وفق البيان، حسب، according to, selon, göre — the source is named after it
// Offsets are UTF-16 units into the whole text.
import { normalizeArabic, foldLatin, memoise } from '../text/arabic';
import type { Token } from '../text/tokens';
import type { Word } from '../entities/readings';

export type CueKind = 'verb' | 'participle' | 'source';

export interface UCue {
  readonly start: number;
  readonly end: number;
  readonly kind: CueKind;
  /** Index of the cue's first and last token in the paragraph's token list. */
  readonly first: number;
  readonly last: number;
  /** Where the subject stands relative to a verb: Arabic puts it after (VSO), English/Persian/Turkish before. */
  readonly subject: 'after' | 'before' | 'none';
}

const AR_VERBS = [
  'قال', 'قالت', 'قالوا', 'أكد', 'أكدت', 'أكدوا', 'شدد', 'شددت', 'أعرب', 'أعربت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت',
  'أشار', 'أشارت', 'لفت', 'لفتت', 'ذكر', 'ذكرت', 'تابع', 'تابعت', 'أردف', 'أردفت', 'صرح', 'صرحت', 'أعلن', 'أعلنت',
  'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'طالب', 'طالبت', 'دعا', 'دعت', 'نفى', 'نفت', 'حذر', 'حذرت', 'كشف', 'كشفت',
  'بينت', 'أفاد', 'أفادت', 'وصف', 'وصفت', 'اتهم', 'اتهمت', 'تساءل', 'علق', 'علقت', 'أشاد', 'أشادت', 'كتب', 'كتبت',
  'غرد', 'غردت', 'نشر', 'نشرت', 'ختم', 'استطرد', 'تعهد', 'تعهدت', 'يقول', 'تقول', 'يرى', 'ترى', 'أبلغ', 'أبلغت',
  'نقل', 'نقلت', 'أوردت', 'أورد', 'يشير', 'تشير', 'يؤكد', 'تؤكد', 'زعم', 'زعمت', 'ادعى', 'ادعت', 'اعترف', 'اعترفت', 'جدد', 'جددت', 'قالت',
  // Persian
  'گفت', 'افزود', 'نوشت',
];
const AR_PARTICIPLES = [
  'مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'مشيرا', 'مشيرة', 'موضحا', 'موضحة', 'معتبرا', 'معتبرة', 'لافتا', 'لافتة',
  'قائلا', 'قائلة', 'متابعا', 'مشددا', 'مشددة', 'معربا', 'معربة', 'محذرا', 'محذرة', 'داعيا', 'مطالبا', 'مستطردا',
  'بالقول', 'مفادها', 'مفاده', 'على حد قوله', 'على حد قولها', 'على حد تعبيره', 'على حد تعبيرها', 'حسب قوله', 'بحسب قوله', 'وفق قوله', 'حسب تعبيره', 'جاء فيها', 'جاء فيه', 'وجاء فيه', 'وجاء في البيان', 'جاء في',
];
const AR_SOURCES = ['وفق', 'وفقا', 'حسب', 'بحسب', 'نقلا عن', 'على لسان', 'طبقا', 'وفق ما', 'حسبما', 'وفقما'];
// Persian compound verbs: the light verb follows the noun (تصریح کرد، تاکید کرد، اظهار داشت).
const FA_VERBS = ['تصریح کرد', 'تاکید کرد', 'اظهار داشت', 'خاطرنشان کرد', 'عنوان کرد', 'اعلام کرد', 'بیان کرد', 'اعلام کرده', 'تاکید کرده'];

const EN_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'declared', 'noted', 'explained', 'warned', 'stressed',
  'insisted', 'argued', 'asked', 'replied', 'wrote', 'tweeted', 'posted', 'accused', 'accuses', 'described', 'urged',
  'announced', 'claimed', 'suggested', 'say', 'said:', 'commented', 'emphasised', 'emphasized', 'underlined', 'vowed',
  'lashes out', 'lashed out', 'slams', 'slammed', 'blasts', 'blasted', 'warns', 'urges', 'calls', 'called for',
  'put it', 'quoted', 'called', 'recalled', 'acknowledged', 'admitted', 'denied', 'denies', 'affirmed', 'pledged', 'promised',
  // French
  'a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a indiqué', 'a souligné', 'a expliqué', 'a évoqué', 'a estimé',
  'a assuré', 'a averti', 'a insisté', 'a précisé', 'a martelé', 'a lancé', 'a écrit', 'déclare', 'affirme', 'estime',
  'a salué', 'a dénoncé', 'a jugé', 'a rappelé', 'a reconnu', 'a confié', 'a regretté', 'a prévenu', 'a répondu', 'a déploré', 'a plaidé', 'a fait valoir',
  // Turkish, Azerbaijani
  'dedi', 'söyledi', 'ifade etti', 'belirtti', 'kaydetti', 'vurguladı', 'açıkladı', 'dile getirdi', 'bildirdi',
  'deyib', 'qeyd edib', 'bildirib', 'vurğulayıb', 'söyləyib', 'qeyd etdi', 'dedi ki', 'diye konuştu', 'konuştu', 'aktardı', 'uyardı',
];
const EN_PARTICIPLES = ['adding', 'saying', 'stressing', 'noting', 'warning', 'insisting', 'arguing', 'explaining', 'ajoutant', 'soulignant', 'diyerek', 'deyə', 'belirterek', 'kaydederek', 'vurgulayarak'];
const EN_SOURCES = ['according to', 'selon', 'quoting', 'citing', 'cited by', 'quoted by', 'd\'après'];
/** Turkish postpositions: the source stands before them ("AA muhabirinin bilgisine göre"). */
const TR_SOURCES = ['göre', 'nazaran'];
/** French and English pronoun attributions are verbs whose subject is a pronoun: the speaker is carried over. */
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'il', 'elle', 'ils', 'elles', 'on', 'o', 'وی', 'او']);

type Entry = { words: string[]; kind: CueKind; subject: UCue['subject'] };

function entries(list: readonly string[], kind: CueKind, subject: UCue['subject'], norm: (w: string) => string): Entry[] {
  return list.map(p => ({ words: p.split(/\s+/).map(norm), kind, subject }));
}

const arKey = (w: string) => normalizeArabic(w);
const latKey = memoise(w => foldLatin(w).replace(/[:,]$/, ''));

const ARABIC_ENTRIES = [
  ...entries(AR_VERBS, 'verb', 'after', arKey),
  ...entries(AR_PARTICIPLES, 'participle', 'none', arKey),
  ...entries(AR_SOURCES, 'source', 'after', arKey),
  ...entries(FA_VERBS, 'verb', 'before', arKey),
];
const LATIN_ENTRIES = [
  ...entries(EN_VERBS, 'verb', 'before', latKey),
  ...entries(EN_PARTICIPLES, 'participle', 'none', latKey),
  ...entries(EN_SOURCES, 'source', 'after', latKey),
  ...entries(TR_SOURCES, 'source', 'before', latKey),
];

/** Entries indexed by their first word's key, longest first. */
function index(list: Entry[]): Map<string, Entry[]> {
  const m = new Map<string, Entry[]>();
  for (const e of list) { const k = e.words[0]; m.set(k, [...(m.get(k) ?? []), e].sort((a, b) => b.words.length - a.words.length)); }
  return m;
}
const AR_INDEX = index(ARABIC_ENTRIES);
const LAT_INDEX = index(LATIN_ENTRIES);

/** The key of an Arabic token with a conjunction (و، ف) or a preposition (ب) peeled off where that finds a cue (kept per word: every word asks). */
const arabicKeys = memoise((text: string): readonly string[] => {
  const k = arKey(text);
  const keys = [k];
  if (/^[وف]/.test(k) && k.length > 3) keys.push(k.slice(1));
  return keys;
});

// (made once: a regex literal inside a function makes a new RegExp object every time it is evaluated)
const ARABIC = /[\u0600-\u06FF]/, INVERSION = /^a-t-(il|elle|ils|elles)$/i;

export interface CueStarts { readonly arabic: boolean; readonly entries: readonly Entry[] }

/** The cues a word may start, in the order they are tried: by its keys in turn, longest first (kept per word: every word asks). */
const cueStarts = memoise((text: string): CueStarts => {
  const arabic = ARABIC.test(text);
  const index = arabic ? AR_INDEX : LAT_INDEX;
  return { arabic, entries: (arabic ? arabicKeys(text) : [latKey(text)]).flatMap(k => index.get(k) ?? []) };
});

/**
 * Every cue among `tokens` (one paragraph). `persianOrder` puts the subject of Arabic-script
 * verbs before them (Persian is SOV). Turkish and Azerbaijani verbs come last: subject before.
 * `words`, when given, holds each word token's record (wordOf), where what it may start is kept.
 */
export function findCues(tokens: readonly Token[], persianOrder = false, words?: ReadonlyArray<Word | null>): UCue[] {
  const cues: UCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const w = words?.[i];
    const { arabic, entries } = w ? (w.cues ??= cueStarts(t.text)) : cueStarts(t.text);
    let found: { e: Entry; last: number } | null = null;
    for (const e of entries) {
      let j = i, ok = true;
      for (let w = 1; w < e.words.length && ok; w++) {
        j++;
        while (j < tokens.length && tokens[j].kind === 'punct' && tokens[j].text === '-') j++;
        const next = tokens[j];
        ok = !!next && (arabic ? arabicKeys(next.text).includes(e.words[w]) : latKey(next.text) === e.words[w]);
      }
      if (ok) { found = { e, last: j }; break; }
    }
    if (!found) {
      // French inversion: "a-t-il déclaré", "a-t-elle ajouté"
      // (asked of words starting with a or A only: the pattern was run on every word of the copy)
      if ((t.text.charCodeAt(0) | 0x20) === 0x61 && INVERSION.test(t.text) && tokens[i + 1]?.kind === 'word') {
        cues.push({ start: t.start, end: tokens[i + 1].end, kind: 'verb', first: i, last: i + 1, subject: 'none' });
        i++;
      }
      continue;
    }
    let subject = found.e.subject;
    if (arabic && persianOrder && found.e.kind === 'verb') subject = 'before';
    if (found.e.kind === 'verb' && !arabic) {
      // "he said": a pronoun subject names nobody ("said he could" is the verb's object clause, not its subject).
      const prev = tokens[i - 1];
      if (prev && PRONOUN_SUBJECTS.has(latKey(prev.text))) subject = 'none';
    }
    cues.push({ start: t.start, end: tokens[found.last].end, kind: found.e.kind, first: i, last: found.last, subject });
    i = found.last;
  }
  return cues;
}

// Arabic (and Persian) letters as a matcher needs them: one key per word whatever the
// diacritics, tatweel, alef or yeh variant, and the clitics (و ف ب ل ك ال لل) peeled off.

const DIACRITICS_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D]/g;

/** Memoises a function of a word: news copy repeats the same words, and keys are asked for again and again. */
export function memoise<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return s => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      if (cache.size >= 200000) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}

/** Strips diacritics, tatweel and zero-width joiners, unifies alef, yeh, kaf and teh marbuta forms. */
export const normalizeArabic = memoise(word => word
    .replace(DIACRITICS_TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(/ۀ/g, 'ه'));

/** Folds Latin case and accents (États-Unis ~ Etats-Unis, Erdoğan ~ Erdogan), and curly apostrophes. */
export const foldLatin = memoise(word => word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e').replace(/Ə/g, 'e')
    .toLowerCase());

/** The lookup key of any word: Arabic-script words normalised, Latin-script words folded. */
export const matchKey = (word: string): string => (/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(word) ? normalizeArabic(word) : foldLatin(word));

export function isArabicScript(word: string): boolean {
  return /^[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D]+$/.test(word);
}

export interface CliticReading {
  /** UTF-16 code units peeled off the front of the word (the clitics stay outside the span). */
  readonly skip: number;
  /** The normalised stem that remains, with the article restored when it was elided (لل -> ال). */
  readonly key: string;
  /** The clitics peeled off, e.g. 'و', 'وب', 'ل'. */
  readonly prefix: string;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];

/**
 * The readings of an Arabic word with 0–2 proclitics peeled off: وبلجيكا -> بلجيكا, بالعراق -> العراق,
 * للعراق -> العراق (lam-lam: the article's alef elided; the span keeps the article's lam).
 * The unpeeled reading comes first. Non-Arabic words give only themselves.
 */
export function cliticReadings(word: string): CliticReading[] {
  const readings: CliticReading[] = [{ skip: 0, key: matchKey(word), prefix: '' }];
  if (!isArabicScript(word)) return readings;
  // Offsets must count raw code units, so walk the raw word, skipping any diacritic/tatweel after a clitic.
  const skipMarks = (i: number) => { while (i < word.length && /[\u064B-\u065F\u0670\u0640]/.test(word[i])) i++; return i; };
  const add = (i: number, key: string) => {
    const rest = normalizeArabic(word.slice(i));
    if (rest.length >= 2 && !readings.some(r => r.skip === i)) readings.push({ skip: i, key: key || rest, prefix: word.slice(0, i) });
  };
  let i = 0;
  if (CONJ.includes(word[0]) && word.length > 3) { i = skipMarks(1); add(i, ''); }
  const p = word[i];
  if (PREP.includes(p) && word.length - i > 3) {
    const j = skipMarks(i + 1);
    if (p === 'ل' && word[j] === 'ل') {
      // لل + noun: preposition lam + the article's lam; key restores the article.
      add(j, 'ال' + normalizeArabic(word.slice(j + 1)));
    } else add(j, '');
  }
  return readings;
}

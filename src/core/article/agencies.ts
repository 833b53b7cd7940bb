// News agencies by every form they take in datelines and credits, with one canonical name each.
import { matchKey } from '../text/arabic';
import { countWords } from '../text/words';

export interface Agency {
  readonly name: string;
  readonly forms: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { name: 'Anadolu Agency', forms: ['الأناضول', 'وكالة الأناضول', 'الأناضول للأنباء', 'آنادولو', 'خبرگزاری آنادولو', 'AA', 'Anadolu Agency', 'Anadolu', 'ANADOLU', 'Anadolu Ajansı', 'Agence Anadolu'] },
  { name: 'Reuters', forms: ['رويترز', 'Reuters', 'REUTERS', 'رويترز للأنباء', 'وكالة رويترز'] },
  { name: 'Associated Press', forms: ['AP', 'Associated Press', 'أسوشيتد برس', 'أ ب', 'آسوشیتدپرس'] },
  { name: 'Agence France-Presse', forms: ['AFP', 'أ ف ب', 'فرانس برس', 'فرانس پرس', 'وكالة الصحافة الفرنسية', 'Agence France-Presse'] },
  { name: 'Middle East News Agency', forms: ['أ ش أ', 'وكالة أنباء الشرق الأوسط', 'MENA'] },
  { name: 'Deutsche Presse-Agentur', forms: ['د ب أ', 'dpa', 'DPA', 'وكالة الأنباء الألمانية'] },
  { name: 'Saudi Press Agency', forms: ['واس', 'وكالة الأنباء السعودية', 'SPA'] },
  { name: 'Qatar News Agency', forms: ['قنا', 'وكالة الأنباء القطرية', 'QNA'] },
  { name: 'Emirates News Agency', forms: ['وام', 'وكالة أنباء الإمارات', 'WAM'] },
  { name: 'Kuwait News Agency', forms: ['كونا', 'وكالة الأنباء الكويتية', 'KUNA'] },
  { name: 'Bahrain News Agency', forms: ['بنا', 'وكالة أنباء البحرين', 'BNA'] },
  { name: 'Oman News Agency', forms: ['العمانية', 'وكالة الأنباء العمانية', 'ONA'] },
  { name: 'Petra', forms: ['بترا', 'Petra'] },
  { name: 'Syrian Arab News Agency', forms: ['سانا', 'SANA'] },
  { name: 'Iraqi News Agency', forms: ['واع', 'INA'] },
  { name: 'Maghreb Arabe Presse', forms: ['لاماب', 'ومع', 'و م ع', 'MAP'] },
  { name: 'Tunis Afrique Presse', forms: ['وات', 'TAP'] },
  { name: 'Algérie Presse Service', forms: ['واج', 'APS'] },
  { name: 'Lebanon National News Agency', forms: ['الوكالة الوطنية للإعلام', 'NNA'] },
  { name: 'Palestinian News Agency', forms: ['وفا', 'WAFA'] },
  { name: 'Xinhua', forms: ['شينخوا', 'Xinhua', 'سينخوا'] },
  { name: 'TASS', forms: ['تاس', 'TASS'] },
  { name: 'RIA Novosti', forms: ['ريا نوفوستي', 'RIA Novosti', 'RIA'] },
  { name: 'Sputnik', forms: ['سبوتنيك', 'Sputnik'] },
  { name: 'EFE', forms: ['EFE', 'إفي'] },
  { name: 'ANSA', forms: ['ANSA', 'أنسا'] },
  { name: 'Kyodo', forms: ['Kyodo', 'كيودو'] },
  { name: 'Yonhap', forms: ['Yonhap', 'يونهاب'] },
  { name: 'Islamic Republic News Agency', forms: ['إرنا', 'ایرنا', 'IRNA'] },
  { name: 'Iranian Students News Agency', forms: ['ایسنا', 'إسنا', 'ISNA'] },
  { name: 'Tasnim', forms: ['تسنیم', 'تسنيم', 'Tasnim'] },
  { name: 'Fars', forms: ['فارس', 'Fars'] },
  { name: 'Mehr', forms: ['مهر', 'Mehr'] },
  { name: 'İhlas Haber Ajansı', forms: ['İHA', 'IHA', 'İhlas Haber Ajansı'] },
  { name: 'Demirören Haber Ajansı', forms: ['DHA', 'Demirören Haber Ajansı'] },
  { name: 'ANKA', forms: ['ANKA'] },
  { name: 'AzerTac', forms: ['AzerTac', 'AZERTAC', 'Azərtac'] },
  { name: 'APA', forms: ['APA'] },
  { name: 'Turan', forms: ['Turan'] },
  { name: 'TRT', forms: ['TRT', 'تي آر تي'] },
  { name: 'Bloomberg', forms: ['Bloomberg', 'بلومبرغ'] },
  { name: 'UPI', forms: ['UPI'] },
  { name: 'Kurdistan24', forms: ['كوردستان24', 'Kurdistan24'] },
  { name: 'Rudaw', forms: ['روداو', 'Rudaw'] },
  // Not an agency but a credit: "agencies".
  { name: 'agencies', forms: ['وكالات', 'Agencies', 'Agences'] },
];

const BY_KEY = new Map<string, Agency>();
for (const a of AGENCIES) for (const f of a.forms) BY_KEY.set(f.split(/\s+/).map(matchKey).join(' '), a);
/** The most words an agency's name has: a longer text (a whole line of copy is asked) names none. */
const MOST_WORDS = Math.max(...AGENCIES.flatMap(a => a.forms.map(f => f.split(/\s+/).length)));

/** The agency that `text` (one to five words) names, or null. Short Latin forms ("AP", "AA") match only as written. */
export function agencyOf(text: string): Agency | null {
  const t = text.trim().replace(/^[(\[]|[)\]]$/g, '').trim();
  if (!t || countWords(t, 0, t.length) > MOST_WORDS) return null;
  const a = BY_KEY.get(t.split(/\s+/).map(matchKey).join(' '));
  if (!a) return null;
  if (/^[A-Za-zİı]{1,6}$/.test(t) && !a.forms.includes(t)) return null;
  return a;
}

/** The longest agency form that `s` starts with (up to five words), with its length in UTF-16 units. */
export function agencyPrefix(s: string): { agency: Agency; length: number } | null {
  const words = [...s.matchAll(/[^\s/()\-–—:،,.]+/gu)].slice(0, 5);
  // only consecutive words separated by blanks count, starting at offset 0
  let n = 0;
  while (n < words.length && (n === 0 ? words[0].index === 0 : /^\s+$/.test(s.slice(words[n - 1].index! + words[n - 1][0].length, words[n].index)))) n++;
  for (let k = n; k >= 1; k--) {
    const end = words[k - 1].index! + words[k - 1][0].length;
    const agency = agencyOf(s.slice(0, end));
    if (agency) return { agency, length: end };
  }
  return null;
}

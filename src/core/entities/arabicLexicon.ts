// Closed word classes of news Arabic (and Persian) that bound names, titles and organisation names:
// prepositions, particles, pronouns, time words, and nouns too generic to be part of a name.
import { normalizeArabic } from '../text/arabic';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));

/** Words that end a name or a title phrase. */
export const STOP = set(`
  في على عن إلى الى من مع خلال لدى عند بعد قبل أمام حول عبر ضد دون بين منذ حتى نحو تجاه بشأن إزاء وسط فوق تحت
  أن إن أنه إنه أنها إنها بأن لأن كان كانت قد لقد لم لن لا ما ماذا هل إذا إذ كما كذلك أيضا أيضاً ثم أو أم بل لكن غير سوى
  الذي التي الذين اللذين اللتين اللاتي هذا هذه ذلك تلك هؤلاء أولئك هو هي هم هن نحن أنا أنت وهو وهي وهم
  أمس اليوم غدا غداً الآن حاليا مساء صباح ظهر الليلة يوم يوما أسبوع شهر عام سنة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
  أول آخر أكبر أحد إحدى بعض كل جميع عدد نفس كافة مختلف عدة أي
  سابق سابقة حالي حالية جديد جديدة رفيع رفيعة كبير كبيرة بارز بارزة أعلى عام عامة رسمي رسمية فخري منتخب منتخبة
  وفق وفقا طبقا حسب بحسب نقلا بالإضافة إضافة فضلا جانب جانبه جانبها ضمن إثر عقب لدى بحضور برفقة بمشاركة
  وقال وقالت قال قالت أكد وأكد أضاف وأضاف وفق
  و ف ب ل
  در از به با برای که این آن را تا و یا هم نیز
`);

// Prepositions carrying a pronoun (فيها، عليه، لهم): never part of a name.
for (const prep of ['في', 'فى', 'على', 'عن', 'ل', 'من', 'إلى', 'الى', 'مع', 'ب', 'لدى', 'عند', 'منذ']) {
  for (const pron of ['ه', 'ها', 'هم', 'هما', 'هن', 'ي', 'نا', 'ك', 'كم']) STOP.add(normalizeArabic(prep === 'على' || prep === 'إلى' || prep === 'الى' || prep === 'لدى' ? prep.slice(0, -1) + 'ي' + pron : prep + pron));
}

/** Generic nouns that are not part of a proper name, even when definite ("the country", "the region"). */
export const GENERIC = set(`
  البلاد البلد الدولة الدول المنطقة العالم الجانب الجانبين الطرفين الجميع الشعب المواطنين الحكومة الوزارة
  القضية القضايا الوضع الأوضاع الأمر العلاقات التعاون الاجتماع اللقاء المؤتمر البيان الرئاسة الإقليم
  الأخير الأخيرة الجديد الجديدة السابق السابقة الحالي الحالية المقبل المقبلة الماضي الماضية نفسه نفسها
  العام الخاص الخاصة الكبير الكبيرة الأول الأولى الثاني الثانية
`);

/** Direction words that join a place to a title or a region: شمالي العراق, جنوب لبنان. */
export const DIRECTION = set('شمال شمالي جنوب جنوبي شرق شرقي غرب غربي وسط شمالى جنوبى');

/** Words that introduce a place name: مدينة غزة, محافظة عدن, منطقة الروشة. */
export const PLACE_TRIGGERS = new Map<string, 'GPE' | 'LOC'>([
  ...['مدينة', 'محافظة', 'ولاية', 'إقليم', 'بلدة', 'قرية', 'عاصمة', 'العاصمة', 'استان', 'شهرستان'].map(w => [normalizeArabic(w), 'GPE'] as const),
  ...['منطقة', 'حي', 'مخيم', 'جزيرة', 'نهر', 'بحر', 'جبل', 'جبال', 'صحراء', 'وادي', 'ساحل', 'شبه جزيرة', 'مضيق', 'ميناء'].map(w => [normalizeArabic(w), 'LOC'] as const),
]);

/** Heads before a quoted name that say what the name is: حركة "حماس", تنظيم “داعش”, فندق "دي روي". */
export const NAME_TRIGGERS = new Map<string, 'ORG' | 'LOC' | 'OTHER' | 'EVENT'>([
  ...['حركة', 'حركتي', 'تنظيم', 'وكالة', 'قناة', 'فندق', 'حزب', 'شبكة', 'موقع', 'صحيفة', 'مجلة', 'جماعة', 'منظمة', 'جمعية', 'شركة', 'مؤسسة', 'هيئة',
    'ائتلاف', 'تحالف', 'جبهة', 'فصيل', 'كتائب', 'لواء', 'مجموعة', 'منصة', 'تطبيق', 'إذاعة', 'تلفزيون', 'خدمة', 'مستشفى', 'جامعة', 'نادي', 'فريق', 'حساب',
    'خبرگزاری', 'روزنامه', 'شبکه', 'سازمان', 'حزب'].map(w => [normalizeArabic(w), 'ORG'] as const),
  ...['عملية', 'برنامج', 'مشروع', 'مبادرة', 'خطة', 'روند', 'طرح', 'عملیات'].map(w => [normalizeArabic(w), 'OTHER'] as const),
  ...['مهرجان', 'مؤتمر', 'قمة', 'منتدى'].map(w => [normalizeArabic(w), 'EVENT'] as const),
]);

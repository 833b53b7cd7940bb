// Country names in the six languages of the copy, from the i18n-iso-countries library:
// `CODE|English official name|every name of every language…`. Computed here, from the library, so that
// bundles can carry the result packed (see esbuild.mjs) instead of the library and all its tables.
// The library's Node entry registers all 78 languages; its browser entry none: we register six.
import countries from 'i18n-iso-countries/index.js';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import tr from 'i18n-iso-countries/langs/tr.json';
import fa from 'i18n-iso-countries/langs/fa.json';
import az from 'i18n-iso-countries/langs/az.json';

const LOCALES = [en, ar, fr, tr, fa, az];
for (const l of LOCALES) countries.registerLocale(l);

export const COUNTRY_NAMES: readonly string[] = Object.keys(countries.getAlpha2Codes()).map(code => {
  const forms = new Set<string>();
  for (const l of LOCALES) for (const n of (countries.getName(code, l.locale, { select: 'all' }) as string[] | undefined) ?? []) forms.add(n);
  const name = countries.getName(code, 'en', { select: 'official' }) ?? [...forms][0] ?? code;
  return [code, name, ...forms].join('|');
});

// Every word list of the entity recognisers, in one place. Bundles replace this module with a packed
// copy of its exports (esbuild.mjs, plugin packedData): the lists stay readable here, and small there.
export { PLACES } from './places';
export { COUNTRY_ALIASES } from './countryAliases';
export { COUNTRY_NAMES } from './countryNames';
export { ORGANISATIONS } from './organisations';
export { PEOPLE } from './people';
export { DEMONYMS } from './demonyms';
export { GIVEN_NAMES_AR, AMBIGUOUS_GIVEN_NAMES_AR, GIVEN_NAMES_LATIN } from './givenNames';
export { TITLE_WORDS, HONORIFICS, ORG_HEADS, EVENT_WORDS, EVENTS } from './titles';

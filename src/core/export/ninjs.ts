// IPTC ninjs 2.1 (News in JSON), the parts an annotated wire article fills. ninjs 2.x renamed the
// 1.x fields some tools still expect: `body_text` is now `bodies`, `subject` is `subjects` (with
// `people`, `organisations`, `places`, `events` beside it), and dates are RFC 3339 date-times
// (`contentcreated` here, from the dateline's date). The schema allows no other keys.
import { tokenize } from '../text/tokens';
import type { ArticleAnalysis, EntityType, ParagraphRole } from '../types';

export const NINJS_VERSION = '2.1';

export interface NinjsOptions {
  /** The item's identifier (required by ninjs); defaults to a URN made of the text's sha256. */
  readonly uri?: string;
  /** sha256 of the article's bytes, for the default uri. */
  readonly sha256: string;
}

interface Named { readonly name: string }
interface Valued { readonly role?: string; readonly contenttype?: string; readonly value: string }

export interface NinjsItem {
  readonly uri: string;
  readonly standard: { readonly name: 'ninjs'; readonly version: string; readonly schema: string };
  readonly type: 'text';
  readonly representationtype: 'full';
  readonly language: string;
  readonly contentcreated?: string;
  readonly headlines?: readonly Valued[];
  readonly descriptions?: readonly Valued[];
  readonly by?: string;
  readonly located?: string;
  readonly infosources?: readonly Named[];
  readonly people?: readonly Named[];
  readonly organisations?: readonly Named[];
  readonly places?: readonly Named[];
  readonly events?: readonly Named[];
  readonly subjects?: readonly Named[];
  readonly bodies: readonly (Valued & { readonly charcount: number; readonly wordcount: number })[];
}

/** Paragraphs that are the story itself (not its headline, dateline or credits). */
const BODY_ROLES: ReadonlySet<ParagraphRole> = new Set(['lead', 'body', 'background']);

const FIELD: Readonly<Record<EntityType, 'people' | 'organisations' | 'places' | 'events' | 'subjects'>> = {
  PERSON: 'people', ORG: 'organisations', GPE: 'places', LOC: 'places', EVENT: 'events', OTHER: 'subjects',
};

export function toNinjs(a: ArticleAnalysis, options: NinjsOptions): NinjsItem {
  const d = a.dateline;
  const body = a.paragraphs.filter(p => BODY_ROLES.has(p.role)).map(p => p.text).join('\n\n');
  const names = (field: (typeof FIELD)[EntityType]) =>
    [...new Set(a.entities.filter(e => FIELD[e.type] === field).map(e => e.name))].map(name => ({ name }));
  const some = <K extends string, T>(key: K, xs: readonly T[]) => (xs.length ? { [key]: xs } as Record<K, readonly T[]> : {});
  return {
    uri: options.uri ?? `urn:wirelens:sha256:${options.sha256}`,
    standard: { name: 'ninjs', version: NINJS_VERSION, schema: `http://www.iptc.org/std/ninjs/ninjs-schema_${NINJS_VERSION}.json` },
    type: 'text',
    representationtype: 'full',
    language: a.language,
    // The dateline gives a day; ninjs wants a date-time: the day's start, in UTC.
    ...(d?.date?.value ? { contentcreated: `${d.date.value}T00:00:00Z` } : {}),
    ...some('headlines', a.headline ? [{ role: 'main', value: a.headline.text }] : []),
    ...some('descriptions', a.deck ? [{ role: 'summary', value: a.deck.text }] : []),
    ...(d && d.reporters.length ? { by: d.reporters.map(r => r.text).join(', ') } : {}),
    ...(d?.place ? { located: d.place.text } : {}),
    ...some('infosources', d?.agency ? [{ name: d.agency.name ?? d.agency.text }] : []),
    ...some('people', names('people')),
    ...some('organisations', names('organisations')),
    ...some('places', names('places')),
    ...some('events', names('events')),
    ...some('subjects', names('subjects')),
    bodies: [{
      role: 'main', contenttype: 'text/plain', value: body,
      charcount: [...body].length, wordcount: tokenize(body).filter(t => t.kind === 'word').length,
    }],
  };
}

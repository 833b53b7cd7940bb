// The entity types as the user reads them, in one table for every place that names one: the type
// quick pick, the undo steps ("Annotate as Person"), hover cards, the sidebar's headings, the status
// bar's tooltip and the reading view's legend. GPE is a country or city (a place with a government),
// LOC any other place (a river, a mountain, a site); the reading view colours both as a place.
import * as vscode from 'vscode';
import type { EntityType } from '../core';

export interface EntityTypeWords {
  /** "Person": a label, a quick pick item, "Annotate as {0}". */
  readonly singular: string;
  /** "People": a heading, a count ("People: 3"). */
  readonly plural: string;
  /** The codicon (`$(person)`, a tree item's ThemeIcon). */
  readonly codicon: string;
  /** What kind of names it is for, for the quick pick. */
  readonly examples: string;
}

export const ENTITY_TYPE_WORDS: Readonly<Record<EntityType, EntityTypeWords>> = {
  PERSON: { singular: vscode.l10n.t('Person'), plural: vscode.l10n.t('People'), codicon: 'person', examples: vscode.l10n.t('a person, by name or by title') },
  ORG: { singular: vscode.l10n.t('Organisation'), plural: vscode.l10n.t('Organisations'), codicon: 'organization', examples: vscode.l10n.t('agency, ministry, company, party') },
  GPE: { singular: vscode.l10n.t('Country or city'), plural: vscode.l10n.t('Countries and cities'), codicon: 'globe', examples: vscode.l10n.t('country, city, region') },
  LOC: { singular: vscode.l10n.t('Place'), plural: vscode.l10n.t('Places'), codicon: 'location', examples: vscode.l10n.t('river, mountain, site') },
  EVENT: { singular: vscode.l10n.t('Event'), plural: vscode.l10n.t('Events'), codicon: 'calendar', examples: vscode.l10n.t('summit, war, election') },
  OTHER: { singular: vscode.l10n.t('Other'), plural: vscode.l10n.t('Other'), codicon: 'tag', examples: vscode.l10n.t('a ship, a programme, a product') },
};

/** The order types are offered and listed in. */
export const ENTITY_TYPE_ORDER: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'OTHER'];

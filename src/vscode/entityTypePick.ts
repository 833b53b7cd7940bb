// The entity types as the user reads them, and the quick pick that asks for one.
import type * as vscode from 'vscode';
import type { EntityType } from '../core';
import type { WirelensUi } from './ui';

interface TypeItem extends vscode.QuickPickItem { readonly type: EntityType }

export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person', ORG: 'Organisation', GPE: 'Place', LOC: 'Location', EVENT: 'Event', OTHER: 'Other',
};

const DESCRIPTIONS: Readonly<Record<EntityType, string>> = {
  PERSON: 'PERSON', ORG: 'ORG: agency, ministry, company, party', GPE: 'GPE: country, city, region',
  LOC: 'LOC: river, mountain, site', EVENT: 'EVENT: summit, war, election', OTHER: 'OTHER: a ship, a programme, a product',
};

const ORDER: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'OTHER'];

/** Asks for a type; `first` (the last one used, or the current one) is offered first. */
export async function pickEntityType(ui: WirelensUi, placeHolder: string, first?: EntityType, current?: EntityType): Promise<EntityType | undefined> {
  const types = first ? [first, ...ORDER.filter(t => t !== first)] : ORDER;
  const items: TypeItem[] = types.map(type => ({
    type, label: ENTITY_TYPE_LABELS[type], description: DESCRIPTIONS[type] + (type === current ? ' · current' : ''),
  }));
  return (await ui.pick(items, { placeHolder }))?.type;
}

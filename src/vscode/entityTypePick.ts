// The entity types as the user reads them, and the quick pick that asks for one.
import * as vscode from 'vscode';
import type { EntityType } from '../core';
import type { WirelensUi } from './ui';

interface TypeItem extends vscode.QuickPickItem { readonly type: EntityType }

export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: vscode.l10n.t('Person'), ORG: vscode.l10n.t('Organisation'), GPE: vscode.l10n.t('Place'), LOC: vscode.l10n.t('Location'),
  EVENT: vscode.l10n.t('Event'), OTHER: vscode.l10n.t('Other'),
};

const DESCRIPTIONS: Readonly<Record<EntityType, string>> = {
  PERSON: 'PERSON', ORG: `ORG: ${vscode.l10n.t('agency, ministry, company, party')}`, GPE: `GPE: ${vscode.l10n.t('country, city, region')}`,
  LOC: `LOC: ${vscode.l10n.t('river, mountain, site')}`, EVENT: `EVENT: ${vscode.l10n.t('summit, war, election')}`,
  OTHER: `OTHER: ${vscode.l10n.t('a ship, a programme, a product')}`,
};

const ORDER: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'OTHER'];

/** Asks for a type; `first` (the last one used, or the current one) is offered first. */
export async function pickEntityType(ui: WirelensUi, placeHolder: string, first?: EntityType, current?: EntityType): Promise<EntityType | undefined> {
  const types = first ? [first, ...ORDER.filter(t => t !== first)] : ORDER;
  const items: TypeItem[] = types.map(type => ({
    type, label: ENTITY_TYPE_LABELS[type], description: DESCRIPTIONS[type] + (type === current ? ` · ${vscode.l10n.t('current')}` : ''),
  }));
  return (await ui.pick(items, { placeHolder }))?.type;
}

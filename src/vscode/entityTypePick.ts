// The quick pick that asks for an entity type.
import * as vscode from 'vscode';
import type { EntityType } from '../core';
import { ENTITY_TYPE_ORDER, ENTITY_TYPE_WORDS } from './entityTypes';
import type { WirelensUi } from './ui';

interface TypeItem extends vscode.QuickPickItem { readonly type: EntityType }

/** Asks for a type; `first` (the last one used, or the current one) is offered first. */
export async function pickEntityType(ui: WirelensUi, placeHolder: string, first?: EntityType, current?: EntityType): Promise<EntityType | undefined> {
  const types = first ? [first, ...ENTITY_TYPE_ORDER.filter(t => t !== first)] : ENTITY_TYPE_ORDER;
  const items: TypeItem[] = types.map(type => ({
    type, label: ENTITY_TYPE_WORDS[type].singular,
    description: `${type}: ${ENTITY_TYPE_WORDS[type].examples}${type === current ? ` · ${vscode.l10n.t('current')}` : ''}`,
  }));
  return (await ui.pick(items, { placeHolder }))?.type;
}

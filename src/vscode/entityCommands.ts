// Correcting an entity as a whole: its type, its canonical name, its aliases, or folding it into
// another entity. Hover cards and the sidebar pass (uri, entityId); from the palette they act on
// the entity under the cursor. Each returns the entity's id in the view afterwards.
import * as vscode from 'vscode';
import { addEntityAlias, mergeEntity, renameEntity, retypeEntity, type Entity } from '../core';
import { applyChange, entityOf, wireDocument, type CommandContext } from './commandContext';
import { ENTITY_TYPE_LABELS, pickEntityType } from './entityTypePick';

/** The id an entity has in the view now: a correction turns a detected e3 into the user's m1. */
function idAfter(ctx: CommandContext, doc: vscode.TextDocument, before: Entity): string | undefined {
  const first = before.mentions[0];
  const entities = ctx.cache.get(doc).analysis.entities;
  return (first && entities.find(e => e.mentions.some(m => m.start === first.start && m.end === first.end))?.id)
    ?? entities.find(e => e.id === before.id)?.id;
}

async function retype(ctx: CommandContext, uriArg?: unknown, entityId?: unknown): Promise<string | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  const entity = doc && entityOf(ctx, doc, entityId);
  if (!doc || !entity) return undefined;
  const type = await pickEntityType(ctx.ui, vscode.l10n.t('{0} is a…', entity.name), undefined, entity.type);
  if (!type || type === entity.type) return entity.id;
  applyChange(ctx, doc, vscode.l10n.t('Retype as {0}', ENTITY_TYPE_LABELS[type]), (set, view) => retypeEntity(set, view, entity.id, type));
  return idAfter(ctx, doc, entity);
}

async function rename(ctx: CommandContext, uriArg?: unknown, entityId?: unknown): Promise<string | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  const entity = doc && entityOf(ctx, doc, entityId);
  if (!doc || !entity) return undefined;
  const name = (await ctx.ui.input({
    prompt: vscode.l10n.t('Canonical name of {0}', entity.name), value: entity.name,
    validateInput: v => (v.trim() ? undefined : vscode.l10n.t('A name cannot be empty.')),
  }))?.trim();
  if (!name || name === entity.name) return entity.id;
  applyChange(ctx, doc, vscode.l10n.t('Rename Entity'), (set, view) => renameEntity(set, view, entity.id, name));
  return idAfter(ctx, doc, entity);
}

async function addAlias(ctx: CommandContext, uriArg?: unknown, entityId?: unknown): Promise<string | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  const entity = doc && entityOf(ctx, doc, entityId);
  if (!doc || !entity) return undefined;
  const alias = (await ctx.ui.input({ prompt: vscode.l10n.t('Another name for {0} (another language, a short form)', entity.name) }))?.trim();
  if (!alias) return entity.id;
  applyChange(ctx, doc, vscode.l10n.t('Add Alias'), (set, view) => addEntityAlias(set, view, entity.id, alias));
  return idAfter(ctx, doc, entity);
}

interface EntityItem extends vscode.QuickPickItem { readonly entity: Entity }

async function mergeInto(ctx: CommandContext, uriArg?: unknown, entityId?: unknown): Promise<string | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  const entity = doc && entityOf(ctx, doc, entityId);
  if (!doc || !entity) return undefined;
  const others = ctx.cache.get(doc).analysis.entities.filter(e => e.id !== entity.id);
  if (others.length === 0) { void ctx.ui.info(vscode.l10n.t('Wirelens: there is no other entity to merge into.')); return undefined; }
  // Entities of the same type first: merging is mostly joining two halves of one name.
  const ranked = [...others].sort((a, b) => Number(b.type === entity.type) - Number(a.type === entity.type));
  const items: EntityItem[] = ranked.map(e => ({
    entity: e, label: e.name,
    description: `${ENTITY_TYPE_LABELS[e.type]} · ${e.mentions.length === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', e.mentions.length)}`,
    detail: e.aliases.length ? vscode.l10n.t('also {0}', e.aliases.join(', ')) : undefined,
  }));
  const into = (await ctx.ui.pick(items, { placeHolder: vscode.l10n.t('Merge {0} into…', entity.name), matchOnDescription: true }))?.entity;
  if (!into) return undefined;
  applyChange(ctx, doc, vscode.l10n.t('Merge Entity'), (set, view) => mergeEntity(set, view, entity.id, into.id));
  return idAfter(ctx, doc, into);
}

export function registerEntityCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('wirelens.retypeEntity', (uri?: unknown, id?: unknown) => retype(ctx, uri, id)),
    vscode.commands.registerCommand('wirelens.renameEntity', (uri?: unknown, id?: unknown) => rename(ctx, uri, id)),
    vscode.commands.registerCommand('wirelens.addEntityAlias', (uri?: unknown, id?: unknown) => addAlias(ctx, uri, id)),
    vscode.commands.registerCommand('wirelens.mergeEntity', (uri?: unknown, id?: unknown) => mergeInto(ctx, uri, id)),
  );
}

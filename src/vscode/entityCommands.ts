// Correcting an entity as a whole: its type, its canonical name, its aliases, or folding it into
// another entity. Hover cards and the sidebar name the entity (commandContext.ts's EntityRef); from
// the palette they act on the entity under the cursor. Each asks the user first, then finds the
// entity again by its span (the text must not have changed meanwhile), and returns the entity's id
// in the view afterwards.
import * as vscode from 'vscode';
import { addEntityAlias, mergeEntity, renameEntity, retypeEntity, type Entity } from '../core';
import { applyChange, entityAfterQuestion, entityOf, sameEntity, wireDocument, type CommandContext } from './commandContext';
import { pickEntityType } from './entityTypePick';
import { ENTITY_TYPE_WORDS } from './entityTypes';
import { pickLabel } from './quickPickText';

/** The id an entity has in the view now: a correction turns a detected e3 into the user's m1. */
function idAfter(ctx: CommandContext, doc: vscode.TextDocument, before: Entity): string | undefined {
  return sameEntity(ctx.cache.current(doc).analysis, before)?.id;
}

async function retype(ctx: CommandContext, uriArg?: unknown, ref?: unknown): Promise<string | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  const entity = doc && entityOf(ctx, doc, ref);
  if (!doc || !entity) return undefined;
  const version = doc.version;
  const type = await pickEntityType(ctx.ui, vscode.l10n.t('{0} is a…', entity.name), undefined, entity.type);
  if (!type || type === entity.type) return entity.id;
  const now = entityAfterQuestion(ctx, doc, version, entity);
  if (!now) return undefined;
  applyChange(ctx, doc, vscode.l10n.t('Retype as {0}', ENTITY_TYPE_WORDS[type].singular), (set, view) => retypeEntity(set, view, now.id, type));
  return idAfter(ctx, doc, now);
}

async function rename(ctx: CommandContext, uriArg?: unknown, ref?: unknown): Promise<string | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  const entity = doc && entityOf(ctx, doc, ref);
  if (!doc || !entity) return undefined;
  const version = doc.version;
  const name = (await ctx.ui.input({
    prompt: vscode.l10n.t('Canonical name of {0}', entity.name), value: entity.name,
    validateInput: v => (v.trim() ? undefined : vscode.l10n.t('A name cannot be empty.')),
  }))?.trim();
  if (!name || name === entity.name) return entity.id;
  const now = entityAfterQuestion(ctx, doc, version, entity);
  if (!now) return undefined;
  applyChange(ctx, doc, vscode.l10n.t('Rename Entity'), (set, view) => renameEntity(set, view, now.id, name));
  return idAfter(ctx, doc, now);
}

async function addAlias(ctx: CommandContext, uriArg?: unknown, ref?: unknown): Promise<string | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  const entity = doc && entityOf(ctx, doc, ref);
  if (!doc || !entity) return undefined;
  const version = doc.version;
  const alias = (await ctx.ui.input({ prompt: vscode.l10n.t('Another name for {0} (another language, a short form)', entity.name) }))?.trim();
  if (!alias) return entity.id;
  const now = entityAfterQuestion(ctx, doc, version, entity);
  if (!now) return undefined;
  applyChange(ctx, doc, vscode.l10n.t('Add Alias'), (set, view) => addEntityAlias(set, view, now.id, alias));
  return idAfter(ctx, doc, now);
}

interface EntityItem extends vscode.QuickPickItem { readonly entity: Entity }

async function mergeInto(ctx: CommandContext, uriArg?: unknown, ref?: unknown): Promise<string | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  const entity = doc && entityOf(ctx, doc, ref);
  if (!doc || !entity) return undefined;
  const others = ctx.cache.current(doc).analysis.entities.filter(e => e.id !== entity.id);
  if (others.length === 0) { void ctx.ui.info(vscode.l10n.t('Wirelens: there is no other entity to merge into.')); return undefined; }
  // Entities of the same type first: merging is mostly joining two halves of one name.
  const ranked = [...others].sort((a, b) => Number(b.type === entity.type) - Number(a.type === entity.type));
  const items: EntityItem[] = ranked.map(e => ({
    entity: e, label: pickLabel(e.name),
    description: `${ENTITY_TYPE_WORDS[e.type].singular} · ${e.mentions.length === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', e.mentions.length)}`,
    detail: e.aliases.length ? pickLabel(vscode.l10n.t('also {0}', e.aliases.join(', '))) : undefined,
  }));
  const version = doc.version;
  const chosen = (await ctx.ui.pick(items, { placeHolder: vscode.l10n.t('Merge {0} into…', entity.name), matchOnDescription: true }))?.entity;
  if (!chosen) return undefined;
  const from = entityAfterQuestion(ctx, doc, version, entity);
  const into = from && entityAfterQuestion(ctx, doc, version, chosen);
  if (!from || !into) return undefined;
  applyChange(ctx, doc, vscode.l10n.t('Merge Entity'), (set, view) => mergeEntity(set, view, from.id, into.id));
  return idAfter(ctx, doc, into);
}

export function registerEntityCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('wirelens.retypeEntity', (uri?: unknown, ref?: unknown) => retype(ctx, uri, ref)),
    vscode.commands.registerCommand('wirelens.renameEntity', (uri?: unknown, ref?: unknown) => rename(ctx, uri, ref)),
    vscode.commands.registerCommand('wirelens.addEntityAlias', (uri?: unknown, ref?: unknown) => addAlias(ctx, uri, ref)),
    vscode.commands.registerCommand('wirelens.mergeEntity', (uri?: unknown, ref?: unknown) => mergeInto(ctx, uri, ref)),
  );
}

// Annotating the selection: as an entity mention (a quick pick of the type, which remembers the
// last one, or one command per type), as a quote, and setting who said the quote at the cursor.
// The selection snaps to what the analyzer would span (snapSelection in the core) unless
// `wirelens.snapSelection` is off. Each command returns what it annotated, for tests and callers.
import * as vscode from 'vscode';
import {
  addMention, addMentionOfNewEntity, addQuote, createEntity, setQuoteSpeaker, snapSelection,
  type CodePointRange, type Entity, type EntityType, type Quote, type SnapKind, type Span,
} from '../core';
import {
  applyChange, cursorOf, entityAfterQuestion, quoteAfterQuestion, quoteAt, selectSpan, selectionOf, unchangedSince, wireDocument,
  type CommandContext,
} from './commandContext';
import { pickEntityType } from './entityTypePick';
import { ENTITY_TYPE_WORDS } from './entityTypes';
import { pickLabel, shorten } from './quickPickText';

const LAST_TYPE_KEY = 'wirelens.lastEntityType';

export interface Annotated { readonly start: number; readonly end: number; readonly text: string; readonly id: string }

/** The range to annotate: the selection snapped (or as it is, with snapping off), or the word at the cursor. */
function targetRange(ctx: CommandContext, doc: vscode.TextDocument, kind: SnapKind): CodePointRange | undefined {
  const selection = selectionOf(ctx, doc);
  if (!selection) return undefined;
  const snap = vscode.workspace.getConfiguration('wirelens', doc.uri).get<boolean>('snapSelection', true);
  if (!snap && selection.start < selection.end) return selection;
  return snapSelection(ctx.cache.current(doc).index.text, selection, kind) ?? undefined;
}

const same = (a: CodePointRange, b: CodePointRange) => a.start === b.start && a.end === b.end;

/** An entity of this type that already goes by this text: a new mention joins it rather than starting another. */
function entityNamed(entities: readonly Entity[], type: EntityType, text: string): Entity | undefined {
  return entities.find(e => e.type === type && (e.name === text || e.aliases.includes(text) || e.mentions.some(m => m.text === text)));
}

async function annotateEntity(ctx: CommandContext, type?: EntityType): Promise<Annotated | undefined> {
  const doc = await wireDocument(ctx);
  if (!doc) return undefined;
  const range = targetRange(ctx, doc, 'entity');
  if (!range) { void ctx.ui.info(vscode.l10n.t('Wirelens: select the words of a name to annotate.')); return undefined; }
  if (!type) {
    // The range is offsets in the text of this version: the text must still be it after the question.
    const version = doc.version;
    type = await pickEntityType(ctx.ui, vscode.l10n.t('Annotate the selection as…'), ctx.memento.get<EntityType>(LAST_TYPE_KEY));
    if (!type) return undefined;
    await ctx.memento.update(LAST_TYPE_KEY, type);
    if (!unchangedSince(ctx, doc, version)) return undefined;
  }
  const chosen = type;
  const text = ctx.cache.current(doc).index.slice(range.start, range.end);
  applyChange(ctx, doc, vscode.l10n.t('Annotate as {0}', ENTITY_TYPE_WORDS[chosen].singular), (set, view) => {
    const joined = entityNamed(view.entities, chosen, text);
    return joined ? addMention(set, view, range, joined.id).set : addMentionOfNewEntity(set, view, range, chosen).set;
  });
  selectSpan(ctx, doc, range);
  const entity = ctx.cache.current(doc).analysis.entities.find(e => e.mentions.some(m => same(m, range)));
  return entity && { ...range, text, id: entity.id };
}

async function markQuote(ctx: CommandContext): Promise<Annotated | undefined> {
  const doc = await wireDocument(ctx);
  if (!doc) return undefined;
  const range = targetRange(ctx, doc, 'quote');
  if (!range) { void ctx.ui.info(vscode.l10n.t('Wirelens: select the quoted words to mark as a quote.')); return undefined; }
  applyChange(ctx, doc, vscode.l10n.t('Mark Quote'), (set, view) => {
    // Re-marking a detected quote (to fix its extent) keeps what the analyzer found about it.
    const detected = view.quotes.find(q => q.start < range.end && range.start < q.end);
    const fields = detected ? { kind: detected.kind, speaker: detected.speaker, speakerMention: detected.speakerMention, cue: detected.cue } : { kind: 'speech' as const };
    return addQuote(set, view, range, fields).set;
  });
  selectSpan(ctx, doc, range);
  const quote = ctx.cache.current(doc).analysis.quotes.find(q => same(q, range));
  return quote && { ...range, text: quote.text, id: quote.id };
}

/** Code points between a mention and a quote (0 when it touches the marks); Infinity inside the quote. */
function gap(m: Span, q: Quote): number {
  if (m.end <= q.outer.start) return q.outer.start - m.end;
  if (m.start >= q.outer.end) return m.start - q.outer.end;
  return Number.POSITIVE_INFINITY;
}

interface SpeakerItem extends vscode.QuickPickItem {
  readonly entity?: Entity;
  readonly action?: 'new' | 'none';
}

const NEW_SPEAKER = `$(add) ${vscode.l10n.t('New speaker…')}`;
const NO_SPEAKER = `$(circle-slash) ${vscode.l10n.t('No speaker')}`;

/** Sets who said the quote at the cursor (or `quoteId`): its speaker entity id afterwards, null for none. */
async function setSpeaker(ctx: CommandContext, uriArg?: unknown, quoteId?: unknown): Promise<string | null | undefined> {
  const doc = await wireDocument(ctx, uriArg);
  if (!doc) return undefined;
  const view = ctx.cache.current(doc).analysis;
  const cp = cursorOf(ctx, doc);
  const quote = typeof quoteId === 'string' ? view.quotes.find(q => q.id === quoteId) : cp === undefined ? undefined : quoteAt(view, cp);
  if (!quote) { void ctx.ui.info(vscode.l10n.t('Wirelens: place the cursor inside a quote first.')); return undefined; }
  // What is chosen below is found again by its span once the user has answered (commandContext.ts).
  const version = doc.version;

  const nearest = (e: Entity) => e.mentions.reduce((best, m) => Math.min(best, gap(m, quote)), Number.POSITIVE_INFINITY);
  const ranked = [...view.entities].map(e => ({ e, d: nearest(e) })).sort((a, b) => a.d - b.d);
  const items: SpeakerItem[] = [
    ...ranked.map(({ e }) => ({
      label: pickLabel(e.name), entity: e,
      description: ENTITY_TYPE_WORDS[e.type].singular + (e.id === quote.speaker ? ` · ${vscode.l10n.t('current speaker')}` : ''),
    })),
    { label: NEW_SPEAKER, action: 'new' },
    { label: NO_SPEAKER, action: 'none' },
  ];
  const short = shorten(quote.text, 50);
  const choice = await ctx.ui.pick(items, { placeHolder: vscode.l10n.t('Who said “{0}”?', short), matchOnDescription: true });
  if (!choice) return undefined;

  if (choice.action === 'new') {
    const name = (await ctx.ui.input({ prompt: vscode.l10n.t('Name of the speaker'), placeHolder: vscode.l10n.t('as the article gives it') }))?.trim();
    if (!name) return undefined;
    const type = await pickEntityType(ctx.ui, vscode.l10n.t('What is {0}?', name), 'PERSON');
    if (!type) return undefined;
    const now = quoteAfterQuestion(ctx, doc, version, quote);
    if (!now) return undefined;
    applyChange(ctx, doc, vscode.l10n.t('Set Speaker'), (set, v) => {
      const created = createEntity(set, { type, name });
      return setQuoteSpeaker(created.set, v, now.id, created.id, null);
    });
  } else if (choice.action === 'none') {
    const now = quoteAfterQuestion(ctx, doc, version, quote);
    if (!now) return undefined;
    applyChange(ctx, doc, vscode.l10n.t('Remove Speaker'), (set, v) => setQuoteSpeaker(set, v, now.id, null));
  } else {
    const now = quoteAfterQuestion(ctx, doc, version, quote);
    const e = now && entityAfterQuestion(ctx, doc, version, choice.entity!);
    if (!now || !e) return undefined;
    // The attributing mention is the speaker's nearest one, when it is in the quote's own paragraph.
    const paragraph = view.paragraphs.find(p => p.index === now.paragraph);
    const mention = e.mentions
      .filter(m => gap(m, now) !== Number.POSITIVE_INFINITY && paragraph && paragraph.start <= m.start && m.end <= paragraph.end)
      .sort((a, b) => gap(a, now) - gap(b, now))[0] ?? null;
    applyChange(ctx, doc, vscode.l10n.t('Set Speaker'), (set, v) => setQuoteSpeaker(set, v, now.id, e.id, mention));
  }
  const after = ctx.cache.current(doc).analysis.quotes.find(q => q.start === quote.start && q.end === quote.end);
  return after?.speaker ?? null;
}

export const ANNOTATE_AS: ReadonlyArray<readonly [string, EntityType]> = [
  ['wirelens.annotatePerson', 'PERSON'],
  ['wirelens.annotateOrganisation', 'ORG'],
  ['wirelens.annotatePlace', 'GPE'],
  ['wirelens.annotateEvent', 'EVENT'],
  ['wirelens.annotateOther', 'OTHER'],
];

export function registerAnnotateCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('wirelens.annotateEntity', () => annotateEntity(ctx)),
    ...ANNOTATE_AS.map(([id, type]) => vscode.commands.registerCommand(id, () => annotateEntity(ctx, type))),
    vscode.commands.registerCommand('wirelens.markQuote', () => markQuote(ctx)),
    vscode.commands.registerCommand('wirelens.setQuoteSpeaker', (uri?: unknown, quoteId?: unknown) => setSpeaker(ctx, uri, quoteId)),
  );
}

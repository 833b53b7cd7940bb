// The sidebar's Article view (`wirelens.outline`): the core's outline of the wire article in the
// active editor, following editor switches at once and typing once it pauses. A click selects the
// span in the editor; entities and quotes carry context values for the actions on them.
import * as vscode from 'vscode';
import type { ArticleAnalysis, EntityType } from '../core';
import { buildOutline, type OutlineKind, type OutlineNode } from '../core/outline';
import { isWireDocument, type AnalysisCache, type DocumentAnalysis } from './analysisCache';
import { entityRef } from './commandContext';
import { Debouncer } from './debounce';
import { fileName } from './documents';
import { ENTITY_TYPE_WORDS } from './entityTypes';
import { inert, isolate, rtlBlock, startsRtl } from './markdownText';
import { isolatePair, outlineDescription, outlineLabel } from './outlineText';

export const OUTLINE_VIEW = 'wirelens.outline';
/** True while the view shows an article; the welcome view offers "Treat This File as a Wire Article" otherwise. */
const ARTICLE_OPEN = 'wirelens.articleOpen';

const ICON: Readonly<Record<OutlineKind, string>> = {
  dateline: 'milestone', date: 'calendar', place: 'location', reporter: 'person', agency: 'broadcast',
  headline: 'megaphone', deck: 'note',
  quotes: 'quote', speaker: 'comment-discussion', unattributed: 'question', terms: 'tag', quote: 'quote',
  entities: 'symbol-class', entityType: 'symbol-class', entity: 'symbol-class', mention: 'mention',
  background: 'history', paragraph: 'note',
  problems: 'warning', problem: 'warning',
};
const PROBLEM_ICON = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Context values for `view/item/context` menus: `viewItem == wirelens.entity` … */
const CONTEXT_VALUE: Partial<Record<OutlineKind, string>> = {
  speaker: 'wirelens.speaker', quote: 'wirelens.quote', entity: 'wirelens.entity', mention: 'wirelens.mention', problem: 'wirelens.problem',
};
/** Headings open; an entity's mentions wait for a click. */
const COLLAPSED: ReadonlySet<OutlineKind> = new Set(['headline', 'entity']);
/** Pure headings: nothing in the copy to select. */
const HEADING: ReadonlySet<OutlineKind> = new Set(['quotes', 'unattributed', 'terms', 'entities', 'entityType', 'background', 'problems']);

interface Shown {
  readonly entry: DocumentAnalysis;
  readonly roots: readonly OutlineNode[];
  /** By node id: a node from before the last refresh still finds its parent (TreeView.reveal asks for it). */
  readonly parents: ReadonlyMap<string, OutlineNode>;
}

export class OutlineTreeProvider implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly debouncer = new Debouncer();
  private readonly showing = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  /** Fires with the article the view now follows (undefined: none). */
  readonly onDidShow = this.showing.event;
  private doc: vscode.TextDocument | undefined;
  private shown: Shown | undefined;
  /** The version of the text each node was built from: the actions on an item name what it shows in that text. */
  private readonly versions = new WeakMap<OutlineNode, number>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions = [
      this.changed, this.showing, this.debouncer,
      vscode.window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.follow(vscode.window.activeTextEditor)),
      // A language switch replaces the document object of the active editor.
      vscode.workspace.onDidOpenTextDocument(doc => { if (vscode.window.activeTextEditor?.document === doc) this.follow(vscode.window.activeTextEditor); }),
      vscode.workspace.onDidCloseTextDocument(doc => { if (doc === this.doc) this.show(undefined); }),
      vscode.workspace.onDidChangeTextDocument(e => { if (e.document === this.doc) this.refreshSoon(); }),
      // Whoever re-analyses the article (highlighting, annotation commands), the view catches up.
      cache.onDidChange(entry => { if (this.doc && entry.uri.toString() === this.doc.uri.toString() && entry !== this.shown?.entry) this.refreshSoon(); }),
    ];
    // The first analysis (which builds the word lists) runs after activation, not inside it.
    const startup = setTimeout(() => this.follow(vscode.window.activeTextEditor), 0);
    this.subscriptions.push({ dispose: () => clearTimeout(startup) });
  }

  /** The article the view shows, if any. */
  get document(): vscode.TextDocument | undefined {
    return this.doc;
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    return node ? [...node.children] : [...(this.current()?.roots ?? [])];
  }

  getParent(node: OutlineNode): OutlineNode | undefined {
    return this.shown?.parents.get(node.id);
  }

  /** The version of the article's text the node was built from. */
  versionOf(node: OutlineNode): number | undefined {
    return this.versions.get(node);
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    const entry = this.shown?.entry;
    const line = (cp: number) => (entry ? entry.index.positionAt(cp).line + 1 : 0);
    const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None
      : COLLAPSED.has(node.kind) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
    const { label, description } = isolatePair(outlineLabel(node), outlineDescription(node, line));
    const item = new vscode.TreeItem(label, state);
    item.id = node.id;
    item.description = description;
    item.iconPath = new vscode.ThemeIcon(iconOf(node));
    item.contextValue = CONTEXT_VALUE[node.kind];
    if (entry) item.tooltip = tooltip(node, entry.analysis);
    if (entry && !HEADING.has(node.kind)) {
      item.command = {
        command: 'wirelens.revealSpan', title: vscode.l10n.t('Show in the Article'),
        arguments: [entry.uri, node.selection.start, node.selection.end],
      };
    }
    return item;
  }

  /** Follow the active editor: a wire article is shown, another file empties the view, no editor keeps what is shown while it stays visible. */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor) { this.show(isWireDocument(editor.document) ? editor.document : undefined); return; }
    if (this.doc && !vscode.window.visibleTextEditors.some(e => e.document === this.doc)) this.show(undefined);
  }

  private show(doc: vscode.TextDocument | undefined): void {
    if (doc === this.doc) return;
    this.doc = doc;
    this.shown = undefined;
    this.debouncer.cancel('refresh');
    void vscode.commands.executeCommand('setContext', ARTICLE_OPEN, doc !== undefined);
    this.showing.fire(doc);
    this.changed.fire();
  }

  private refreshSoon(): void {
    this.debouncer.schedule('refresh', () => this.changed.fire());
  }

  /** The outline of the article as it is now, built once per analysis. */
  private current(): Shown | undefined {
    if (!this.doc || this.doc.isClosed) return undefined;
    const entry = this.cache.get(this.doc);
    if (this.shown?.entry !== entry) {
      const roots = buildOutline(entry.analysis);
      const parents = new Map<string, OutlineNode>();
      const link = (parent: OutlineNode) => {
        this.versions.set(parent, entry.version);
        parent.children.forEach(child => { parents.set(child.id, parent); link(child); });
      };
      roots.forEach(link);
      this.shown = { entry, roots, parents };
    }
    return this.shown;
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
  }
}

function iconOf(node: OutlineNode): string {
  if (node.kind === 'problem' && node.diagnostic) return PROBLEM_ICON[node.diagnostic.severity];
  if (node.kind === 'entityType') return ENTITY_TYPE_WORDS[node.value as EntityType]?.codicon ?? ICON.entityType;
  if ((node.kind === 'entity' || node.kind === 'mention') && node.entity) return ENTITY_TYPE_WORDS[node.entity.type].codicon;
  return ICON[node.kind];
}

/**
 * The whole text behind a node. Article text is untrusted: it is made inert (markdownText.ts), and
 * Arabic copy goes in a right-aligned block, the one piece of HTML the tooltip allows.
 */
function tooltip(node: OutlineNode, a: ArticleAnalysis): vscode.MarkdownString {
  const lines: string[] = [];
  const copy = (text: string) => lines.push(startsRtl(text) ? rtlBlock([inert(text)]) : inert(text));
  const field = (label: string, text: string | null | undefined) => { if (text) lines.push(`**${inert(label)}** ${isolate(inert(text))}`); };
  switch (node.kind) {
    case 'quote': {
      const q = node.quote!;
      copy(q.text);
      field(vscode.l10n.t('Speaker'), q.speaker ? a.entities.find(e => e.id === q.speaker)?.name : q.speakerMention?.text);
      field(vscode.l10n.t('Cue'), q.cue?.text);
      break;
    }
    case 'entity': {
      const e = node.entity!;
      field(ENTITY_TYPE_WORDS[e.type].singular, e.name);
      field(vscode.l10n.t('Role'), e.role?.text);
      field(vscode.l10n.t('Also'), e.aliases.join(' · '));
      break;
    }
    case 'problem':
      field(String(node.value), node.diagnostic!.message);
      break;
    case 'paragraph':
      copy(a.paragraphs.find(p => p.start === node.range.start)?.text ?? node.name ?? '');
      break;
    default:
      copy(node.name ?? outlineLabel(node));
  }
  const md = new vscode.MarkdownString(lines.join('\n\n'));
  md.supportHtml = true;
  return md;
}

/**
 * The context menu of entity, mention and quote items offers the hover card's actions. A menu hands
 * a command the item itself; these hand each action the arguments it takes: the article and the
 * entity (a mention's span), or the article and the span, in code points — each with the version of
 * the text the tree was built from, so that an action on a tree older than the text stops (the tree
 * follows typing only once it pauses) instead of acting on whatever is at those offsets now.
 */
type ItemArgs = (node: OutlineNode, uri: vscode.Uri, version: number | undefined) => unknown[];
const entityOfItem = (n: OutlineNode, version: number | undefined) =>
  (n.kind === 'mention' ? { start: n.selection.start, end: n.selection.end, version } : n.entity && entityRef(n.entity, version));
const ITEM_ACTIONS: ReadonlyArray<readonly [string, string, ItemArgs]> = [
  ['wirelens.outline.findMentions', 'wirelens.findMentions', (n, uri, v) => [uri, entityOfItem(n, v)]],
  ['wirelens.outline.retypeEntity', 'wirelens.retypeEntity', (n, uri, v) => [uri, entityOfItem(n, v)]],
  ['wirelens.outline.renameEntity', 'wirelens.renameEntity', (n, uri, v) => [uri, entityOfItem(n, v)]],
  ['wirelens.outline.rejectAnnotation', 'wirelens.rejectAnnotation', (n, uri, v) => [uri, n.selection.start, n.selection.end, v]],
];

/** The view, its provider (for the extension's API and tests), and what keeps them in step. */
export interface OutlineView extends vscode.Disposable {
  readonly provider: OutlineTreeProvider;
  readonly view: vscode.TreeView<OutlineNode>;
}

export function registerOutline(cache: AnalysisCache): OutlineView {
  const provider = new OutlineTreeProvider(cache);
  const view = vscode.window.createTreeView(OUTLINE_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const describe = (doc: vscode.TextDocument | undefined) => { view.description = doc ? fileName(doc.uri) : undefined; };
  describe(provider.document);
  const actions = ITEM_ACTIONS.map(([id, action, args]) => vscode.commands.registerCommand(id, (node?: OutlineNode) => {
    const uri = provider.document?.uri;
    return node && uri ? vscode.commands.executeCommand(action, ...args(node, uri, provider.versionOf(node))) : undefined;
  }));
  const disposable = vscode.Disposable.from(provider, view, provider.onDidShow(describe), ...actions);
  return { provider, view, dispose: () => disposable.dispose() };
}

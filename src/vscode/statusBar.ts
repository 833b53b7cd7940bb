// The status bar item of the active wire article: language, direction, entity and quote counts
// (`$(symbol-text) ar · RTL · 15 entities · 11 quotes`), more in the tooltip; a click opens the
// Wirelens sidebar. Hidden for any other editor; follows edits once typing pauses.
import * as vscode from 'vscode';
import type { ArticleAnalysis, Direction, EntityType } from '../core';
import { isWireDocument, type AnalysisCache } from './analysisCache';
import { ENTITY_TYPE_WORDS } from './entityTypes';
import { inert } from './markdownText';

const OPEN_SIDEBAR = 'workbench.view.extension.wirelens';
const EDIT_DELAY_MS = 300;

const DIRECTION: Readonly<Record<Direction, string>> = { rtl: 'RTL', ltr: 'LTR', mixed: vscode.l10n.t('Mixed') };
const DIRECTION_WORDS: Readonly<Record<Direction, string>> = {
  rtl: vscode.l10n.t('right to left'), ltr: vscode.l10n.t('left to right'), mixed: vscode.l10n.t('mixed directions'),
};

const entities = (n: number) => (n === 1 ? vscode.l10n.t('1 entity') : vscode.l10n.t('{0} entities', n));
const quotes = (n: number) => (n === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', n));
const paragraphs = (n: number) => (n === 1 ? vscode.l10n.t('1 paragraph') : vscode.l10n.t('{0} paragraphs', n));
const problems = (n: number) => (n === 1 ? vscode.l10n.t('1 problem in the copy') : vscode.l10n.t('{0} problems in the copy', n));

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([vscode.env.language, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function statusText(a: ArticleAnalysis): string {
  return `$(symbol-text) ${a.language} · ${DIRECTION[a.direction]} · ${entities(a.entities.length)} · ${quotes(a.quotes.length)}`;
}

function tooltip(doc: vscode.TextDocument, a: ArticleAnalysis): vscode.MarkdownString {
  const byType = new Map<EntityType, number>();
  a.entities.forEach(e => byType.set(e.type, (byType.get(e.type) ?? 0) + 1));
  const types = [...byType].map(([type, n]) => `${ENTITY_TYPE_WORDS[type].plural} ${n}`).join(' · ');
  const speech = a.quotes.filter(q => q.kind === 'speech');
  const lines = [
    `**${inert(vscode.workspace.asRelativePath(doc.uri, false))}**`,
    `${languageName(a.language)} (${a.language}), ${DIRECTION_WORDS[a.direction]}`,
    paragraphs(a.paragraphs.length),
    `${entities(a.entities.length)}${types ? `: ${types}` : ''}`,
    `${quotes(a.quotes.length)}: ${vscode.l10n.t('{0} speech ({1} with a speaker), {2} terms',
      speech.length, speech.filter(q => q.speaker || q.speakerMention).length, a.quotes.length - speech.length)}`,
    problems(a.diagnostics.length),
    vscode.l10n.t('Click to open the Wirelens sidebar'),
  ];
  return new vscode.MarkdownString(lines.join('  \n'));
}

export class ArticleStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('wirelens.article', vscode.StatusBarAlignment.Right, 100);
  private shown = false;
  private pending: ReturnType<typeof setTimeout> | undefined;
  /** Set while this item reads the cache, whose change event it would otherwise hear about itself. */
  private reading = false;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache) {
    this.item.name = vscode.l10n.t('Wirelens Article');
    this.item.command = { command: OPEN_SIDEBAR, title: vscode.l10n.t('Open the Wirelens sidebar') };
    const isActive = (uri: vscode.Uri) => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument(e => { if (isActive(e.document.uri)) this.schedule(); }),
      // A language switch (Treat This File as a Wire Article) reopens the document under the same uri.
      vscode.workspace.onDidOpenTextDocument(doc => { if (isActive(doc.uri)) this.schedule(); }),
      cache.onDidChange(entry => { if (!this.reading && isActive(entry.uri)) this.schedule(); }),
    ];
    // The first analysis (which builds the word lists) runs after activation, not inside it.
    this.startup = setTimeout(() => this.update(), 0);
  }

  private readonly startup: ReturnType<typeof setTimeout>;

  /** Whether the item is in the status bar now (the API has no getter for it). */
  get visible(): boolean { return this.shown; }

  private schedule(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.update(), EDIT_DELAY_MS);
  }

  private update(): void {
    clearTimeout(this.pending);
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isWireDocument(doc)) {
      this.item.hide();
      this.shown = false;
      return;
    }
    this.reading = true;
    let analysis: ArticleAnalysis;
    try { analysis = this.cache.get(doc).analysis; } finally { this.reading = false; }
    this.item.text = statusText(analysis);
    this.item.tooltip = tooltip(doc, analysis);
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    clearTimeout(this.startup);
    clearTimeout(this.pending);
    this.subscriptions.forEach(d => d.dispose());
    this.item.dispose();
  }
}

export function registerStatusBar(cache: AnalysisCache): ArticleStatusBar {
  return new ArticleStatusBar(cache);
}

// The reading view: a webview panel beside the editor that shows the active article as it reads, with
// real right-to-left paragraphs (readingHtml.ts builds the page). One panel at a time; it follows the
// active wire editor and, once typing pauses, the edits and annotations of the article it shows. A click
// on a mention or quote in the page reveals it in the editor through `wirelens.revealSpan`.
// The page is untrusted copy: every piece is escaped, the content security policy admits our stylesheet
// and one nonce'd script only, the webview may load nothing outside media/, and runs no command links.
import * as vscode from 'vscode';
import { isWireDocument, type AnalysisCache, type DocumentAnalysis } from './analysisCache';
import { Debouncer } from './debounce';
import { documentOf, fileName, toUri } from './documents';
import { ENTITY_TYPE_WORDS } from './entityTypes';
import { readingHtml, type ReadingLabels } from './readingHtml';

export const READING_VIEW_TYPE = 'wirelens.readingView';

const labels = (): ReadingLabels => ({
  kinds: {
    // The page colours a country or city (GPE) and any other place (LOC) alike, as a place.
    person: ENTITY_TYPE_WORDS.PERSON.singular, organisation: ENTITY_TYPE_WORDS.ORG.singular, place: ENTITY_TYPE_WORDS.LOC.singular,
    event: ENTITY_TYPE_WORDS.EVENT.singular, other: ENTITY_TYPE_WORDS.OTHER.singular, speaker: vscode.l10n.t('Speaker'),
    cue: vscode.l10n.t('Speech cue'), quote: vscode.l10n.t('Quote'),
  },
  speech: vscode.l10n.t('Quoted speech'),
  term: vscode.l10n.t('Quoted term'),
  unclosed: vscode.l10n.t('never closed'),
  dateline: vscode.l10n.t('Dateline'),
  background: vscode.l10n.t('Background paragraph'),
  legend: vscode.l10n.t('Legend'),
  empty: vscode.l10n.t('The article is empty.'),
});

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}


/** A message from the page: only these are acted on, and only after they are checked. */
export type PageMessage = { type: 'ready' } | { type: 'reveal'; start: number; end: number };

function pageMessage(value: unknown): PageMessage | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const m = value as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type === 'reveal' && Number.isSafeInteger(m.start) && Number.isSafeInteger(m.end)) {
    return { type: 'reveal', start: m.start as number, end: m.end as number };
  }
  return undefined;
}

const ACTIVATION_WAIT_MS = 1000;

function activeEditorIs(editor: vscode.TextEditor): Promise<void> {
  if (vscode.window.activeTextEditor === editor) return Promise.resolve();
  return new Promise(resolve => {
    const done = () => { clearTimeout(timer); listener.dispose(); resolve(); };
    const timer = setTimeout(done, ACTIVATION_WAIT_MS);
    const listener = vscode.window.onDidChangeActiveTextEditor(e => { if (e === editor) done(); });
  });
}

export class ReadingView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The article the panel shows. */
  private shown: vscode.Uri | undefined;
  private readonly debouncer = new Debouncer();
  /** Set while this view reads the cache, whose change event it would otherwise hear about itself. */
  private reading = false;
  private readonly loaded = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when the page of an article has loaded and its script runs (never on hosts where webviews do not load). */
  readonly onDidLoad = this.loaded.event;
  private readonly subscriptions: vscode.Disposable[];
  private panelSubscriptions: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly cache: AnalysisCache) {
    const isShown = (uri: vscode.Uri) => this.panel !== undefined && this.shown?.toString() === uri.toString();
    this.subscriptions = [
      this.debouncer, this.loaded,
      vscode.commands.registerCommand('wirelens.openReadingView', (uri?: unknown) => this.open(toUri(uri))),
      vscode.window.onDidChangeActiveTextEditor(editor => {
        if (this.panel && editor && isWireDocument(editor.document) && !isShown(editor.document.uri)) this.show(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument(e => { if (isShown(e.document.uri)) this.schedule(); }),
      // A language switch (Treat This File as a Wire Article) reopens the document under the same uri.
      vscode.workspace.onDidOpenTextDocument(doc => { if (isShown(doc.uri)) this.schedule(); }),
      cache.onDidChange(entry => { if (!this.reading && isShown(entry.uri)) this.schedule(); }),
    ];
  }

  /** The panel, while it is open. */
  get webviewPanel(): vscode.WebviewPanel | undefined { return this.panel; }
  /** The article the panel shows, while it is open. */
  get article(): vscode.Uri | undefined { return this.panel && this.shown; }

  /** Opens the panel beside the editor (or brings it forward) on the given article, else the active editor's. */
  async open(uri?: vscode.Uri): Promise<vscode.WebviewPanel | undefined> {
    const doc = await documentOf(uri);
    if (!doc || !isWireDocument(doc)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Wirelens: open a wire article to read it in the reading view.'));
      return undefined;
    }
    if (this.panel) this.panel.reveal(undefined, true);
    else this.panel = this.createPanel();
    this.show(doc);
    return this.panel;
  }

  private createPanel(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(READING_VIEW_TYPE, vscode.l10n.t('Reading View'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] });
    panel.iconPath = vscode.Uri.joinPath(media, 'wirelens.svg');
    this.panelSubscriptions = [
      panel.webview.onDidReceiveMessage(value => this.receive(pageMessage(value))),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.shown = undefined;
        this.debouncer.cancel('page');
        this.panelSubscriptions.forEach(d => d.dispose());
      }),
    ];
    return panel;
  }

  private show(doc: vscode.TextDocument): void {
    this.shown = doc.uri;
    this.render(doc);
  }

  private schedule(): void {
    this.debouncer.schedule('page', () => {
      const doc = this.shown && vscode.workspace.textDocuments.find(d => d.uri.toString() === this.shown!.toString());
      if (doc && isWireDocument(doc)) this.render(doc);
    });
  }

  private render(doc: vscode.TextDocument): void {
    const panel = this.panel;
    if (!panel) return;
    const entry = this.analysisOf(doc);
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const webview = panel.webview;
    panel.title = vscode.l10n.t('Reading: {0}', fileName(doc.uri));
    webview.html = readingHtml({
      analysis: entry.analysis, index: entry.index, articleKey: doc.uri.toString(), title: panel.title, labels: labels(),
      uiLanguage: vscode.env.language, cspSource: webview.cspSource, nonce: nonce(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'reading.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'reading.js')).toString(),
    });
  }

  private analysisOf(doc: vscode.TextDocument): DocumentAnalysis {
    this.reading = true;
    try { return this.cache.get(doc); } finally { this.reading = false; }
  }

  /** What the page asked for; a reveal must name code points inside the article as it is now. */
  async receive(message: PageMessage | undefined): Promise<void> {
    const uri = this.shown;
    if (!message || !uri) return;
    if (message.type === 'ready') { this.loaded.fire(uri); return; }
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (!doc || doc.isClosed) return;
    const { length } = this.analysisOf(doc).analysis;
    if (message.start < 0 || message.start > message.end || message.end > length) return;
    // Into the editor that shows the article (not the reading view's group), then the span in it.
    const visible = vscode.window.visibleTextEditors.find(e => e.document === doc);
    const column = visible?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column });
    // From a focused webview, the editor becomes the active one a moment after it is shown; revealSpan opens the
    // article in the active group, which until then is the reading view's.
    await activeEditorIs(editor);
    await vscode.commands.executeCommand('wirelens.revealSpan', uri, message.start, message.end);
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscriptions.forEach(d => d.dispose());
  }
}

export function registerReadingView(context: vscode.ExtensionContext, cache: AnalysisCache): ReadingView {
  return new ReadingView(context.extensionUri, cache);
}

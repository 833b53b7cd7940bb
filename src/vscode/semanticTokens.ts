// Semantic highlighting of wire articles: entity mentions by type, speakers, speech cues and quoted
// speech (highlightSpans.ts decides what and where). The token types and modifiers are our own,
// declared in package.json with a superType and TextMate scopes so that every theme colours them.
// `Wirelens: Toggle Entity Colouring` flips `wirelens.colourEntities`.
import * as vscode from 'vscode';
import { isWireDocument, WIRE_LANGUAGE, type AnalysisCache, type DocumentAnalysis } from './analysisCache';
import { highlightSpans, TOKEN_MODIFIERS, TOKEN_TYPE_OF_KIND, type HighlightSpan } from './highlightSpans';
import { toPosition } from './positions';

export const TOKENS_LEGEND = new vscode.SemanticTokensLegend(Object.values(TOKEN_TYPE_OF_KIND), [...TOKEN_MODIFIERS]);

const SETTING = 'colourEntities';

function colourEntities(): boolean {
  return vscode.workspace.getConfiguration('wirelens').get<boolean>(SETTING, true);
}

class WireSemanticTokens implements vscode.DocumentSemanticTokensProvider, vscode.DocumentRangeSemanticTokensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;
  /** The spans of an analysis, for the setting they were laid out with: the range provider asks often while scrolling. */
  private readonly laidOut = new WeakMap<DocumentAnalysis, { entities: boolean; spans: HighlightSpan[] }>();
  /**
   * The document version each uri was last served at: a new analysis of that version means the annotations
   * changed, or a new window of a large document: the editor is told to ask again.
   */
  private readonly served = new Map<string, number>();

  constructor(private readonly cache: AnalysisCache) {}

  provideDocumentSemanticTokens(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    return this.encode(doc, token, () => true);
  }

  provideDocumentRangeSemanticTokens(doc: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    return this.encode(doc, token, span => span.intersection(range) !== undefined);
  }

  refresh(): void { this.changed.fire(); }

  analysisChanged(entry: DocumentAnalysis): void {
    if (this.served.get(entry.uri.toString()) === entry.version) this.changed.fire();
  }

  forget(doc: vscode.TextDocument): void { this.served.delete(doc.uri.toString()); }

  dispose(): void { this.changed.dispose(); }

  /**
   * The tokens of the text as it is: a big document being typed in is answered once the typing pauses
   * (the editor keeps showing the last tokens, moved with the edits, meanwhile), never with the spans of
   * older text. A request the editor gave up meanwhile is cancelled, which keeps what it shows.
   */
  private async encode(doc: vscode.TextDocument, token: vscode.CancellationToken, wanted: (span: vscode.Range) => boolean): Promise<vscode.SemanticTokens> {
    const builder = new vscode.SemanticTokensBuilder(TOKENS_LEGEND);
    if (!isWireDocument(doc)) return builder.build();
    const entry = await this.cache.settled(doc, token);
    if (!entry) throw new vscode.CancellationError();
    this.served.set(doc.uri.toString(), entry.version);
    for (const span of this.spans(entry)) {
      const range = new vscode.Range(toPosition(entry.index, span.start), toPosition(entry.index, span.end));
      if (wanted(range)) builder.push(range, TOKEN_TYPE_OF_KIND[span.kind], [...span.modifiers]);
    }
    return builder.build();
  }

  private spans(entry: DocumentAnalysis): HighlightSpan[] {
    const entities = colourEntities();
    const known = this.laidOut.get(entry);
    if (known?.entities === entities) return known.spans;
    const spans = highlightSpans(entry.analysis, entry.index, { entities });
    this.laidOut.set(entry, { entities, spans });
    return spans;
  }
}

/** Flips the setting where it is set (folder, workspace or user), so that the flip is what takes effect. */
async function toggleEntityColours(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('wirelens');
  const where = config.inspect<boolean>(SETTING);
  const target = where?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
    : where?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  const next = !colourEntities();
  await config.update(SETTING, next, target);
  return next;
}

export function registerSemanticTokens(cache: AnalysisCache): vscode.Disposable {
  const provider = new WireSemanticTokens(cache);
  const selector: vscode.DocumentSelector = { language: WIRE_LANGUAGE };
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, TOKENS_LEGEND),
    vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, TOKENS_LEGEND),
    vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration(`wirelens.${SETTING}`)) provider.refresh(); }),
    cache.onDidChange(entry => provider.analysisChanged(entry)),
    vscode.workspace.onDidCloseTextDocument(doc => provider.forget(doc)),
    vscode.commands.registerCommand('wirelens.toggleEntityColours', toggleEntityColours),
  );
}

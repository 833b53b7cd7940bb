// Keeping each article's sidecar and its annotations in step: loaded when the article opens,
// written when the article is saved, on an explicit export, and after an annotation change while
// the article has no unsaved edits (annotating does not dirty the text, so waiting for a save
// would lose work). A sidecar that could not be used (corrupt, another or a future format, written
// for other text) is reported, left byte for byte as it is, and replaced only when the user says
// so on save; a refusal is remembered until the article is opened again. In an untrusted
// workspace nothing is written, and the user is told once.
import * as vscode from 'vscode';
import { writeSidecar, type AnnotationSet } from '../core';
import { hasAnnotations, isWireDocument, type AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';
import { writeFileAtomic } from './atomicWrite';
import { Debouncer } from './debounce';
import { backupUri, fileName, readSidecar, sidecarUri } from './sidecarFiles';
import { sourceInfo } from './sourceInfo';
import type { WirelensUi } from './ui';

/** What we know of a document's sidecar: `failed` and `declined` ones are never written over unasked. */
type SidecarState =
  | { readonly kind: 'absent' }
  | { readonly kind: 'loaded' }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'declined'; readonly reason: string };

export type WriteReason = 'saved' | 'export' | 'changed';

export const OPEN_SIDECAR = vscode.l10n.t('Open Sidecar');
export const USE_REANCHORED = vscode.l10n.t('Use Re-anchored');
export const KEEP_BOTH = vscode.l10n.t('Keep Both');
export const REPLACE = vscode.l10n.t('Replace');

/** How long after an annotation change a clean article's sidecar is written. */
const CHANGE_WRITE_DELAY_MS = 300;

export class SidecarSync implements vscode.Disposable {
  private readonly states = new Map<string, SidecarState>();
  /** Bytes last written per article, to skip writes that would change nothing. */
  private readonly written = new Map<string, string>();
  /** One write at a time per article: a save and a change must not interleave. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly pending = new Debouncer(CHANGE_WRITE_DELAY_MS);
  private readonly subscriptions: vscode.Disposable[] = [this.pending];
  private store: AnnotationStore | undefined;
  private toldReadOnly = false;

  constructor(private readonly cache: AnalysisCache, private readonly ui: WirelensUi) {
    this.subscriptions.push(vscode.workspace.onDidCloseTextDocument(doc => {
      const key = doc.uri.toString();
      this.states.delete(key);
      this.written.delete(key);
      this.pending.cancel(key);
    }));
  }

  /** Starts writing the store's annotations (the store loads through `load`, so it comes second). */
  attach(store: AnnotationStore): vscode.Disposable {
    this.store = store;
    return vscode.Disposable.from(
      vscode.workspace.onDidSaveTextDocument(doc => void this.write(doc, 'saved')),
      store.onDidChangeAnnotations(doc => {
        const h = store.history(doc);
        // A load is no change of the user's; an edit leaves the article dirty, and its save writes.
        if (doc.isDirty || (h.past.length === 0 && h.future.length === 0)) return;
        this.pending.schedule(doc.uri.toString(), () => void this.write(doc, 'changed'));
      }),
    );
  }

  /** The annotation loader of the store: the sidecar's set, or null (none, or not usable: then the user is told). */
  async load(doc: vscode.TextDocument, adopt: (set: AnnotationSet, label: string) => void): Promise<AnnotationSet | null> {
    const key = doc.uri.toString();
    if (!isWireDocument(doc) || doc.isUntitled) return null;
    const uri = sidecarUri(doc.uri);
    const read = await readSidecar(uri, doc.getText(), (await sourceInfo(doc)).sha256);
    if (!read.found) { this.states.set(key, { kind: 'absent' }); return null; }
    const parse = read.parse;
    if (parse.ok) { this.states.set(key, { kind: 'loaded' }); return parse.set; }
    this.states.set(key, { kind: 'failed', reason: `${parse.code}: ${parse.message}` });
    const name = fileName(uri);
    const recovered = parse.recovered;
    if (recovered) {
      void this.ui.warn(vscode.l10n.t('Wirelens: {0}: {1}. The file is left as it is until you choose.', name, parse.message), {}, USE_REANCHORED, KEEP_BOTH, OPEN_SIDECAR)
        .then(async choice => {
          if (choice === OPEN_SIDECAR) return void vscode.window.showTextDocument(uri, { preview: false });
          if (choice !== USE_REANCHORED && choice !== KEEP_BOTH) return;
          if (choice === KEEP_BOTH) await vscode.workspace.fs.copy(uri, await backupUri(uri));
          this.states.set(key, { kind: 'loaded' });
          adopt(recovered.set, vscode.l10n.t('Use Re-anchored Sidecar'));
        });
    } else {
      void this.ui.warn(
        vscode.l10n.t('Wirelens: the sidecar {0} could not be read ({1}): {2}. It is left as it is, and will not be replaced without asking.', name, parse.code, parse.message),
        {}, OPEN_SIDECAR,
      ).then(choice => { if (choice === OPEN_SIDECAR) void vscode.window.showTextDocument(uri, { preview: false }); });
    }
    return null;
  }

  /** Writes the article's sidecar if it should be (see the top of the file); its uri when written. */
  write(doc: vscode.TextDocument, reason: WriteReason): Promise<vscode.Uri | undefined> {
    const key = doc.uri.toString();
    if (reason !== 'changed') this.pending.cancel(key);
    const run = (this.queues.get(key) ?? Promise.resolve()).then(() => this.writeNow(doc, reason));
    const settled = run.catch((e: Error) => {
      void this.ui.error(vscode.l10n.t('Wirelens: could not write the sidecar of {0}: {1}', fileName(doc.uri), String(e.message ?? e)));
      return undefined;
    });
    this.queues.set(key, settled);
    return settled;
  }

  private async writeNow(doc: vscode.TextDocument, reason: WriteReason): Promise<vscode.Uri | undefined> {
    const store = this.store;
    if (!store || !isWireDocument(doc) || doc.isUntitled || doc.isClosed) return undefined;
    await store.ready(doc);
    const key = doc.uri.toString();
    const set = store.annotationsOf(doc);
    const state = this.states.get(key) ?? { kind: 'absent' };
    if (state.kind === 'declined') return undefined;
    const history = store.history(doc);
    if (state.kind === 'absent' && !hasAnnotations(set) && history.past.length === 0) return undefined;
    if (!vscode.workspace.isTrusted) {
      if (!this.toldReadOnly) {
        this.toldReadOnly = true;
        void this.ui.info(vscode.l10n.t('Wirelens: this workspace is not trusted, so annotations stay in the editor and no sidecar files are written. Trust the workspace to keep them.'));
      }
      return undefined;
    }
    const uri = sidecarUri(doc.uri);
    if (state.kind === 'failed') {
      if (reason === 'changed') return undefined; // only a save or an export asks
      const choice = await this.ui.warn(
        vscode.l10n.t('Wirelens: the sidecar {0} could not be read ({1}). Replace it with the annotations in this editor?', fileName(uri), state.reason),
        { modal: true, detail: vscode.l10n.t('{0} keeps a copy of the old file as {1}.', KEEP_BOTH, `${fileName(uri)}.bak`) }, REPLACE, KEEP_BOTH,
      );
      if (choice !== REPLACE && choice !== KEEP_BOTH) {
        this.states.set(key, { kind: 'declined', reason: state.reason });
        void this.ui.info(vscode.l10n.t('Wirelens: {0} was left as it is. The annotations in this editor are not saved until the article is opened again.', fileName(uri)));
        return undefined;
      }
      if (choice === KEEP_BOTH) await vscode.workspace.fs.copy(uri, await backupUri(uri));
    }
    const content = writeSidecar(this.cache.whole(doc).detected, set, await sourceInfo(doc));
    if (this.written.get(key) === content && state.kind === 'loaded') return uri;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await writeFileAtomic(uri, new TextEncoder().encode(content), vscode.workspace.fs);
    this.written.set(key, content);
    this.states.set(key, { kind: 'loaded' });
    return uri;
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
  }
}

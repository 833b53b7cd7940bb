// Keeping each article's sidecar and its annotations in step: loaded when the article opens,
// written when the article is saved, on an explicit export, and after an annotation change while
// the article has no unsaved edits (annotating does not dirty the text, so waiting for a save
// would lose work). That last write waits for a pause (CHANGE_WRITE_DELAY_MS), but never past the
// article's closing, a rename or the extension's end: then it is written at once (`flush`; the
// entries' `deactivate` returns its promise, which VS Code awaits).
// A sidecar that could not be used (corrupt, another or a future format, written for other text) is
// reported, left byte for byte as it is, and replaced only when the user says so on save; a refusal
// is remembered until the article is opened again. In an untrusted workspace, or on a read-only file
// system, nothing is written, and the user is told once. A renamed article takes its sidecar along.
import * as vscode from 'vscode';
import { writeSidecar, type AnnotationSet, type ArticleAnalysis } from '../core';
import { hasAnnotations, isWireDocument, type AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';
import { writeFileAtomic } from './atomicWrite';
import { Debouncer } from './debounce';
import { fileName } from './documents';
import { plain } from './plainMessage';
import { backupUri, exists, legacySidecarUri, readSidecar, sidecarUri, WORKSPACE_SIDECAR_DIR } from './sidecarFiles';
import { editorSource } from './sourceInfo';
import type { WirelensUi } from './ui';

/** What we know of a document's sidecar: `failed` and `declined` ones are never written over unasked. */
type SidecarState =
  | { readonly kind: 'absent' }
  /** `legacy`: the annotations came from a sidecar of the first naming, deleted once they are written under the current one. */
  | { readonly kind: 'loaded'; readonly legacy?: vscode.Uri }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'declined'; readonly reason: string };

export type WriteReason = 'saved' | 'export' | 'changed';

export const OPEN_SIDECAR = vscode.l10n.t('Open Sidecar');
export const USE_REANCHORED = vscode.l10n.t('Use Re-anchored');
export const KEEP_BOTH = vscode.l10n.t('Keep Both');
export const REPLACE = vscode.l10n.t('Replace');

/** How long after an annotation change a clean article's sidecar is written. */
const CHANGE_WRITE_DELAY_MS = 300;

/** Everything a write needs, taken at one moment: a closing article's is taken as it closes. */
interface Snapshot {
  readonly doc: vscode.TextDocument;
  readonly key: string;
  readonly sidecar: vscode.Uri;
  readonly state: SidecarState;
  readonly set: AnnotationSet;
  readonly hasHistory: boolean;
  readonly text: string;
  readonly detected: ArticleAnalysis;
}

export class SidecarSync implements vscode.Disposable {
  private readonly states = new Map<string, SidecarState>();
  /** Bytes last written per article, to skip writes that would change nothing. */
  private readonly written = new Map<string, string>();
  /** One write at a time per article: a save and a change must not interleave. Emptied as each settles. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly pending = new Debouncer(CHANGE_WRITE_DELAY_MS);
  /** The articles with a change write waiting for the pause. */
  private readonly waiting = new Map<string, vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[] = [this.pending];
  private store: AnnotationStore | undefined;
  /** What the user was told already: untrusted, read-only file systems (by scheme), normalised line endings (by article). */
  private readonly told = new Set<string>();

  constructor(private readonly cache: AnalysisCache, private readonly ui: WirelensUi) {
    // Registered before the store's listener (annotating.ts builds this first), so that a closing
    // article's annotations are still there to be written.
    this.subscriptions.push(vscode.workspace.onDidCloseTextDocument(doc => this.closed(doc)));
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
        const key = doc.uri.toString();
        this.waiting.set(key, doc);
        this.pending.schedule(key, () => { this.waiting.delete(key); void this.write(doc, 'changed'); });
      }),
      // Before the rename: what waits is written, and the sidecar moves first, so that the renamed article opens with it.
      vscode.workspace.onWillRenameFiles(e => e.waitUntil(Promise.all(e.files.map(f => this.renaming(f.oldUri, f.newUri))))),
    );
  }

  /** Writes every change still waiting for its pause now; resolves when every write has settled. */
  flush(): Promise<void> {
    for (const [key, doc] of [...this.waiting]) this.writeWaitingNow(key, doc);
    return Promise.all([...this.queues.values()]).then(() => undefined);
  }

  /** The change write of an article, now rather than after the pause, from what the article holds at this moment. */
  private writeWaitingNow(key: string, doc: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    this.pending.cancel(key);
    this.waiting.delete(key);
    const store = this.store;
    if (!store || doc.isUntitled) return Promise.resolve(undefined);
    const snapshot = this.snapshot(doc, store);
    return this.enqueue(key, doc, () => this.writeSnapshot(snapshot, 'changed'));
  }

  /** The annotation loader of the store: the sidecar's set for `text`, or null (none, or not usable: then the user is told). */
  async load(doc: vscode.TextDocument, text: string, adopt: (set: AnnotationSet, label: string) => void): Promise<AnnotationSet | null> {
    const key = doc.uri.toString();
    if (!isWireDocument(doc) || doc.isUntitled) return null;
    const source = await editorSource(doc, text);
    if (source.lineEndingsNormalised && !doc.isDirty) this.tellOnce(`eol ${key}`, () => this.ui.warn(vscode.l10n.t(
      'Wirelens: the editor changed the line endings of {0} as it opened it (the file mixes them, or has lone CRs), so the text you see is not byte for byte the file. Offsets in its sidecar and exports count the editor\'s text, and differ from the command line\'s until the file is saved.',
      plain(fileName(doc.uri))), {}));
    const read = await readSidecar(doc.uri, text, source.info.sha256);
    if (doc.isClosed) return null;
    if (!read.found) { this.states.set(key, { kind: 'absent' }); return null; }
    const { parse, uri } = read;
    if (parse.ok) { this.states.set(key, read.legacy ? { kind: 'loaded', legacy: uri } : { kind: 'loaded' }); return parse.set; }
    // One of the first naming is never replaced (it may be another article's): writes go to the current name.
    this.states.set(key, read.legacy ? { kind: 'absent' } : { kind: 'failed', reason: `${parse.code}: ${parse.message}` });
    const name = plain(fileName(uri));
    const recovered = parse.recovered;
    if (recovered) {
      void this.ui.warn(vscode.l10n.t('Wirelens: {0}: {1}. The file is left as it is until you choose.', name, plain(parse.message)), {}, USE_REANCHORED, KEEP_BOTH, OPEN_SIDECAR)
        .then(async choice => {
          if (choice === OPEN_SIDECAR) return void vscode.window.showTextDocument(uri, { preview: false });
          if (choice !== USE_REANCHORED && choice !== KEEP_BOTH) return;
          if (choice === KEEP_BOTH && this.canWrite(uri)) {
            try {
              await vscode.workspace.fs.copy(uri, await backupUri(uri));
            } catch (e: any) {
              void this.ui.error(vscode.l10n.t('Wirelens: could not keep a copy of {0}: {1}. Its annotations were not taken.', name, plain(e?.message ?? e)));
              return;
            }
          }
          if (doc.isClosed) return;
          if (!read.legacy) this.states.set(key, { kind: 'loaded' });
          adopt(recovered.set, vscode.l10n.t('Use Re-anchored Sidecar'));
        }, e => console.error('Wirelens: the re-anchored sidecar prompt failed', e));
    } else {
      void this.ui.warn(
        vscode.l10n.t('Wirelens: the sidecar {0} could not be read ({1}): {2}. It is left as it is, and will not be replaced without asking.', name, plain(parse.code), plain(parse.message)),
        {}, OPEN_SIDECAR,
      ).then(choice => { if (choice === OPEN_SIDECAR) void vscode.window.showTextDocument(uri, { preview: false }); });
    }
    return null;
  }

  /** Writes the article's sidecar if it should be (see the top of the file); its uri when written. */
  write(doc: vscode.TextDocument, reason: WriteReason): Promise<vscode.Uri | undefined> {
    const key = doc.uri.toString();
    if (reason !== 'changed') { this.pending.cancel(key); this.waiting.delete(key); }
    return this.enqueue(key, doc, async () => {
      const store = this.store;
      if (!store || !isWireDocument(doc) || doc.isUntitled || doc.isClosed) return undefined;
      await store.ready(doc);
      if (doc.isClosed) return undefined;
      return this.writeSnapshot(this.snapshot(doc, store), reason);
    });
  }

  /** The article closed: a change still waiting for its pause is written now, from what the article held. */
  private closed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (this.waiting.has(key)) void this.writeWaitingNow(key, doc);
    this.states.delete(key);
    this.written.delete(key);
  }

  private enqueue(key: string, doc: vscode.TextDocument, run: () => Promise<vscode.Uri | undefined>): Promise<vscode.Uri | undefined> {
    const settled = (this.queues.get(key) ?? Promise.resolve()).then(run).catch((e: Error) => {
      void this.ui.error(vscode.l10n.t('Wirelens: could not write the sidecar of {0}: {1}', plain(fileName(doc.uri)), plain(e?.message ?? e)));
      return undefined;
    });
    this.queues.set(key, settled);
    void settled.then(() => { if (this.queues.get(key) === settled) this.queues.delete(key); });
    return settled;
  }

  private snapshot(doc: vscode.TextDocument, store: AnnotationStore): Snapshot {
    const key = doc.uri.toString();
    return {
      doc, key, sidecar: sidecarUri(doc.uri), state: this.states.get(key) ?? { kind: 'absent' },
      set: store.annotationsOf(doc), hasHistory: (store.loadedHistory(doc)?.past.length ?? 0) > 0, text: doc.getText(),
      // For a closed article the cache analyses without keeping anything.
      detected: this.cache.whole(doc).detected,
    };
  }

  private async writeSnapshot(s: Snapshot, reason: WriteReason): Promise<vscode.Uri | undefined> {
    const { doc, key, sidecar: uri, state } = s;
    if (state.kind === 'declined') return undefined;
    if (state.kind === 'absent' && !hasAnnotations(s.set) && !s.hasHistory) return undefined;
    if (!this.canWrite(uri, true)) return undefined;
    if (state.kind === 'failed') {
      if (reason === 'changed') return undefined; // only a save or an export asks
      const choice = await this.ui.warn(
        vscode.l10n.t('Wirelens: the sidecar {0} could not be read ({1}). Replace it with the annotations in this editor?', plain(fileName(uri)), plain(state.reason)),
        { modal: true, detail: vscode.l10n.t('{0} keeps a copy of the old file as {1}.', KEEP_BOTH, plain(`${fileName(uri)}.bak`)) }, REPLACE, KEEP_BOTH,
      );
      if (choice !== REPLACE && choice !== KEEP_BOTH) {
        if (!doc.isClosed) this.states.set(key, { kind: 'declined', reason: state.reason });
        void this.ui.info(vscode.l10n.t('Wirelens: {0} was left as it is. The annotations in this editor are not saved until the article is opened again.', plain(fileName(uri))));
        return undefined;
      }
      if (choice === KEEP_BOTH) await vscode.workspace.fs.copy(uri, await backupUri(uri));
    }
    const content = writeSidecar(s.detected, s.set, (await editorSource(doc, s.text)).info);
    if (this.written.get(key) === content && state.kind === 'loaded') return uri;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await writeFileAtomic(uri, new TextEncoder().encode(content), vscode.workspace.fs);
    // The annotations of a sidecar of the first naming now live under the current one.
    if (state.kind === 'loaded' && state.legacy) {
      try { await vscode.workspace.fs.delete(state.legacy); } catch { /* already gone: nothing to tidy */ }
    }
    if (!doc.isClosed) {
      this.written.set(key, content);
      this.states.set(key, { kind: 'loaded' });
    }
    return uri;
  }

  /**
   * Whether Wirelens may write `uri`: not in an untrusted workspace, nor on a read-only file system.
   * With `tell`, the user hears why not, once (every change would otherwise report a failed write).
   */
  private canWrite(uri: vscode.Uri, tell = false): boolean {
    if (!vscode.workspace.isTrusted) {
      if (tell) this.tellOnce('untrusted', () => this.ui.info(vscode.l10n.t('Wirelens: this workspace is not trusted, so annotations stay in the editor and no sidecar files are written. Trust the workspace to keep them.')));
      return false;
    }
    if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) {
      if (tell) this.tellOnce(`read-only ${uri.scheme}`, () => this.ui.info(vscode.l10n.t('Wirelens: the files here cannot be written ({0} is read-only), so annotations stay in the editor and no sidecar files are written.', plain(uri.scheme))));
      return false;
    }
    return true;
  }

  private tellOnce(what: string, tell: () => Thenable<unknown>): void {
    if (this.told.has(what)) return;
    this.told.add(what);
    void tell();
  }

  /**
   * An article (or a folder of them) is about to be renamed: what waits is written, and the sidecar
   * is moved to the new name's place (beside it, or under .wirelens/), unless one is there already.
   * A sidecar of the first naming moves to the current name.
   */
  private async renaming(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const moving = (key: string) => key === oldUri.toString() || key.startsWith(`${oldUri.toString()}/`);
    for (const [key, doc] of [...this.waiting]) if (moving(key)) void this.writeWaitingNow(key, doc);
    // Every write of these articles settles first (one already under way too), so that none lands at the old place after the move.
    await Promise.all([...this.queues].filter(([key]) => moving(key)).map(([, write]) => write));
    if (!this.canWrite(oldUri)) return;
    try {
      const stat = await vscode.workspace.fs.stat(oldUri);
      if (stat.type & vscode.FileType.Directory) {
        // Beside the articles, sidecars go along with the folder; under .wirelens/ their mirror must move too.
        const from = sidecarUri(vscode.Uri.joinPath(oldUri, 'x')), to = sidecarUri(vscode.Uri.joinPath(newUri, 'x'));
        if (from.path.includes(`/${WORKSPACE_SIDECAR_DIR}/`)) await this.move(vscode.Uri.joinPath(from, '..'), vscode.Uri.joinPath(to, '..'));
        return;
      }
      const target = sidecarUri(newUri);
      for (const from of [sidecarUri(oldUri), legacySidecarUri(oldUri)]) {
        if (await this.move(from, target)) return;
      }
    } catch (e: any) {
      void this.ui.error(vscode.l10n.t('Wirelens: could not move the sidecar of {0}: {1}', plain(fileName(oldUri)), plain(e?.message ?? e)));
    }
  }

  /** Moves `from` to `to` when `from` exists and `to` does not; whether it did. */
  private async move(from: vscode.Uri, to: vscode.Uri): Promise<boolean> {
    if (from.toString() === to.toString() || !(await exists(from)) || (await exists(to))) return false;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(to, '..'));
    await vscode.workspace.fs.rename(from, to, { overwrite: false });
    return true;
  }

  dispose(): void {
    // The extension is ending: what waits is written (deactivate awaits `flush`; this is the last chance without it).
    void this.flush();
    this.subscriptions.forEach(d => d.dispose());
  }
}

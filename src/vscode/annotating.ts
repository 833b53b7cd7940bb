// Everything about the user's annotations, wired together: the store that keeps each article's set
// in step with its text, the sidecar files that keep it between sessions, and the commands.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { registerAnnotateCommands } from './annotateCommands';
import { AnnotationStore } from './annotationStore';
import { registerEntityCommands } from './entityCommands';
import { registerExportAnnotations } from './exportAnnotations';
import { registerExportWorkspace } from './exportWorkspace';
import { registerGoToAnnotation } from './goToAnnotation';
import { registerReviewCommands } from './reviewCommands';
import { SidecarSync } from './sidecarSync';
import type { WirelensUi } from './ui';

export interface Annotating extends vscode.Disposable {
  readonly store: AnnotationStore;
  readonly sidecars: SidecarSync;
  /** The questions the commands ask; tests replace its methods to answer them. */
  readonly ui: WirelensUi;
}

/** Call before the other features register: the store must see each edit before they re-read the analysis. */
export function registerAnnotating(context: vscode.ExtensionContext, cache: AnalysisCache, ui: WirelensUi): Annotating {
  const sidecars = new SidecarSync(cache, ui);
  const store = new AnnotationStore((doc, text, adopt) => sidecars.load(doc, text, adopt));
  const ctx = { cache, store, sidecars, ui, memento: context.workspaceState };
  const all = vscode.Disposable.from(
    // First: disposing writes what waits, from the store's sets, before the store lets them go.
    sidecars,
    store,
    cache.useAnnotations(store),
    sidecars.attach(store),
    registerAnnotateCommands(ctx),
    registerReviewCommands(ctx),
    registerEntityCommands(ctx),
    registerGoToAnnotation(ctx),
    registerExportAnnotations(ctx),
    registerExportWorkspace(ctx),
  );
  return { store, sidecars, ui, dispose: () => all.dispose() };
}

// Desktop (Node extension host) entry.
import type * as vscode from 'vscode';
import { activateShared, deactivateShared } from './activate';

export function activate(context: vscode.ExtensionContext) {
  return activateShared(context);
}

/** Writes the annotation changes still waiting to be written; VS Code awaits it. */
export function deactivate(): Promise<void> {
  return deactivateShared();
}

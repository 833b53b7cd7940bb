// Desktop (Node extension host) entry.
import type * as vscode from 'vscode';
import { activateShared } from './activate';

export function activate(context: vscode.ExtensionContext) {
  return activateShared(context);
}

export function deactivate(): void {}

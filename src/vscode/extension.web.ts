// Web (browser extension host) entry: the same features, no Node built-ins.
import type * as vscode from 'vscode';
import { activateShared } from './activate';

export function activate(context: vscode.ExtensionContext) {
  return activateShared(context);
}

export function deactivate(): void {}

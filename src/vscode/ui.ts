// Every question Wirelens asks the user goes through this object, so that a host test can answer
// it (by replacing a method on `WirelensApi.ui`) instead of waiting on a quick pick nobody sees.
import * as vscode from 'vscode';

export interface WirelensUi {
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  input(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  /** A warning with actions: the chosen action, or undefined when dismissed. */
  warn(message: string, options: vscode.MessageOptions, ...actions: string[]): Thenable<string | undefined>;
  info(message: string, ...actions: string[]): Thenable<string | undefined>;
  error(message: string): Thenable<unknown>;
  saveDialog(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined>;
  openDialog(options: vscode.OpenDialogOptions): Thenable<vscode.Uri[] | undefined>;
}

export function windowUi(): WirelensUi {
  return {
    pick: (items, options) => vscode.window.showQuickPick(items, options),
    input: options => vscode.window.showInputBox(options),
    warn: (message, options, ...actions) => vscode.window.showWarningMessage(message, options, ...actions),
    info: (message, ...actions) => vscode.window.showInformationMessage(message, ...actions),
    error: message => vscode.window.showErrorMessage(message),
    saveDialog: options => vscode.window.showSaveDialog(options),
    openDialog: options => vscode.window.showOpenDialog(options),
  };
}

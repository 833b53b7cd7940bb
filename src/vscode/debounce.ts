// Work that follows typing waits until the typing pauses: one pending run per key (a document), the
// last scheduled wins.
import type * as vscode from 'vscode';

/** How long after the last edit the sidebar and the Problems panel catch up. */
export const EDIT_DEBOUNCE_MS = 300;

export class Debouncer implements vscode.Disposable {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly delayMs = EDIT_DEBOUNCE_MS) {}

  schedule(key: string, run: () => void): void {
    this.cancel(key);
    this.pending.set(key, setTimeout(() => { this.pending.delete(key); run(); }, this.delayMs));
  }

  cancel(key: string): void {
    const timer = this.pending.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.pending.delete(key);
  }

  dispose(): void {
    this.pending.forEach(clearTimeout);
    this.pending.clear();
  }
}

// Notifications (showInformationMessage, showWarningMessage, showErrorMessage) render `[label](command:…)`,
// `[label](https://…)` and `[label](file:…)` as working links, and a value we put in a message can come from
// anywhere: a file name, a file system error, a sidecar's or an imported file's content. `plain` makes such a
// value inert before it goes into a message: a word joiner (U+2060, invisible, not a space) goes between `]`
// and `(`, at a `]` that ends the value or a `(` that starts it (so two values side by side cannot join into
// a link either), and after `command`, `file` and `http(s)` before their colon. The text reads the same.
// Every value interpolated into a message goes through it. No `vscode` here, so that it is unit-tested.

const JOINER = '\u2060';

/** The value as text that no notification turns into a link. */
export function plain(value: unknown): string {
  return String(value)
    .replace(/\](?=\()/g, `]${JOINER}`)
    .replace(/\]$/, `]${JOINER}`)
    .replace(/^\(/, `${JOINER}(`)
    .replace(/\b(command|file|https?)(?=:)/gi, `$1${JOINER}`);
}

/** The link syntax VS Code's notifications recognise (its `parseLinkedText`), for tests. */
export const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;

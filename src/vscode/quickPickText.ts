// Article text shown in a quick pick (an entity's name, a quote): a quick pick draws `$(name)` in a
// label or description as an icon, so a name written `$(alert) Gov` would show a warning sign. VS Code
// shows `\$(name)` as the text `$(name)` (as its own `escapeIcons` does). And long text is cut by code
// points, so that an emoji is never halved. No `vscode` here, so that both are unit-tested.

/** The text with every `$(icon)` escaped, to show as written. */
export function pickLabel(text: string): string {
  return text.replace(/(\\)?\$\([a-z0-9-]+?(?:~[a-z0-9-]*?)?\)/gi, (match, escaped) => (escaped ? match : `\\${match}`));
}

/** At most `max` code points of the text, the last an ellipsis when it was cut. */
export function shorten(text: string, max: number): string {
  const cps = [...text];
  return cps.length > max ? cps.slice(0, max - 1).join('') + '…' : text;
}

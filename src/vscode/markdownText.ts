// Markdown for hover cards, built from untrusted copy: an article can hold `[x](command:…)`,
// `<img onerror=…>` or a bare `https://` link, and a card that runs our commands must render
// all of it as the characters it is. No `vscode` here, so that the escaping is unit-tested.

/**
 * Article text made inert in markdown, in HTML and in theme-icon syntax: every ASCII punctuation
 * character becomes a numeric character reference (the same text on screen, but no syntax to any
 * parser: no link, emphasis, autolink, tag, table cell, `$(icon)`), and line breaks become spaces
 * so that a piece never starts a block of its own.
 */
export function inert(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[!-/:-@[-`{-~]/g, c => `&#${c.charCodeAt(0)};`);
}

/**
 * Text in a bidi isolate (FSI … PDI): it takes its direction from its own first strong letter, so an
 * Arabic name reads right to left inside an English line, and stray bidi controls in the copy cannot
 * reorder what surrounds it.
 */
export function isolate(markdown: string): string {
  return `\u2068${markdown}\u2069`;
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG_LETTER = /[\p{L}]/u;

/** Whether the text's first letter is of a right-to-left script (Arabic, Persian, Hebrew). */
export function startsRtl(text: string): boolean {
  const first = [...text].find(c => STRONG_LETTER.test(c));
  return first !== undefined && RTL_LETTER.test(first);
}

/**
 * A block for right-to-left copy. VS Code's sanitiser (1.91 to 1.139 at least) drops `dir`, so the
 * block is aligned right with `align` and the text itself is isolated; `dir` is kept for hosts that allow it.
 * Markdown inside the div needs the blank lines around it.
 */
export function rtlBlock(markdownLines: readonly string[]): string {
  return `<div dir="rtl" align="right">\n\n${markdownLines.map(l => isolate(l)).join('\n\n')}\n\n</div>`;
}

/** A link to one of our commands; the arguments are JSON in the query, escaped for a markdown link destination. */
export function commandLink(label: string, command: string, args: readonly unknown[], title?: string): string {
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[()']/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${label}](command:${command}?${query}${title ? ` "${inert(title)}"` : ''})`;
}

/** The first `words` words of a text, with an ellipsis when there were more. */
export function firstWords(text: string, words: number): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

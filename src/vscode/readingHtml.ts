// The reading view's page: the article as it reads, each paragraph a block that takes its direction from
// its own text (`dir="auto"`), so Arabic runs right to left with joined letters and English left to right,
// which the editor cannot show. Mentions, quotes, speakers, cues and the dateline are nested elements that
// carry the code points they stand for; a click on one reveals it in the editor (media/reading.js).
// No `vscode` here: the page is a pure function of the analysis, unit-tested against hostile copy.
import type { ArticleAnalysis, ParagraphRole, TextIndex } from '../core';
import { KIND_OF_ENTITY, wholeWords, type HighlightKind } from './highlightSpans';

/** The words of the page itself, in the user's language (readingView.ts fills them through vscode.l10n). */
export interface ReadingLabels {
  readonly kinds: Readonly<Record<HighlightKind, string>>;
  readonly speech: string;
  readonly term: string;
  readonly unclosed: string;
  readonly dateline: string;
  readonly background: string;
  readonly legend: string;
  readonly empty: string;
}

export interface ReadingPage {
  readonly analysis: ArticleAnalysis;
  readonly index: TextIndex;
  /** Which article this is (its uri): the page keeps its scroll position only while the article stays the same. */
  readonly articleKey: string;
  /** The panel's title, also the page's. */
  readonly title: string;
  readonly labels: ReadingLabels;
  /** The user's display language (`vscode.env.language`): the legend's language and direction. */
  readonly uiLanguage: string;
  /** `webview.cspSource`: where the stylesheet may come from. */
  readonly cspSource: string;
  /** The one script allowed to run carries this nonce. */
  readonly nonce: string;
  /** Webview URIs of media/reading.css and media/reading.js. */
  readonly styleUri: string;
  readonly scriptUri: string;
}

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe as HTML content and as a quoted attribute value: the five characters that can end text
 * or an attribute, or start a tag, entity or comment, become references. Everything else, bidi controls
 * and line breaks included, stays the character it is.
 */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, c => HTML_ENTITY[c]);
}

const RTL_UI_LANGUAGES = /^(ar|fa|he|ur|ps|ckb)\b/i;

/** An element of the page over code points [start, end) of the article; `rank` orders elements of the same extent, outer first. */
interface Mark {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  readonly open: string;
  readonly close: string;
}

const RANK = { dateline: 0, quote: 1, speaker: 2, cue: 3, mention: 4 } as const;

/** An inline element that reveals [start, end) in the editor when clicked; it shows `shown` (whole words). */
function clickable(kind: keyof typeof RANK, classes: string, target: { start: number; end: number }, shown: { start: number; end: number }, title: string): Mark {
  const attrs = `class="${classes}" data-start="${target.start}" data-end="${target.end}" title="${escapeHtml(title)}" tabindex="0" role="button"`;
  return { start: shown.start, end: shown.end, rank: RANK[kind], open: `<span ${attrs}>`, close: '</span>' };
}

function marksOf(analysis: ArticleAnalysis, index: TextIndex, labels: ReadingLabels): Mark[] {
  const marks: Mark[] = [];
  const entityAt = new Set<string>();
  const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
  const speakerAt = new Set(analysis.quotes.flatMap(q => (q.speakerMention ? [key(q.speakerMention)] : [])));
  const d = analysis.dateline;
  if (d) marks.push(clickable('dateline', 'dateline', d, d, labels.dateline));
  for (const entity of analysis.entities) {
    const kind = KIND_OF_ENTITY[entity.type];
    for (const m of entity.mentions) {
      entityAt.add(key(m));
      const classes = `mention ${kind}${speakerAt.has(key(m)) ? ' speaker' : ''}${entity.origin === 'manual' ? ' manual' : ''}`;
      marks.push(clickable('mention', classes, m, wholeWords(index, m), `${labels.kinds[kind]}: ${entity.name}`));
    }
  }
  const names = new Map(analysis.entities.map(e => [e.id, e.name]));
  for (const q of analysis.quotes) {
    const speaker = (q.speaker && names.get(q.speaker)) ?? q.speakerMention?.text;
    const title = [q.kind === 'speech' ? labels.speech : labels.term, speaker && `${labels.kinds.speaker}: ${speaker}`, q.close === null && labels.unclosed]
      .filter(Boolean).join(' · ');
    marks.push(clickable('quote', `quote ${q.kind}${q.close === null ? ' unclosed' : ''}`, q.outer, wholeWords(index, q.outer), title));
    if (q.speakerMention && !entityAt.has(key(q.speakerMention))) {
      marks.push(clickable('speaker', 'speaker', q.speakerMention, wholeWords(index, q.speakerMention), `${labels.kinds.speaker}: ${q.speakerMention.text}`));
    }
  }
  for (const cue of analysis.cues) marks.push(clickable('cue', 'cue', cue, wholeWords(index, cue), labels.kinds.cue));
  return marks.filter(m => m.end > m.start);
}

/**
 * The HTML of code points [start, end) with the marks inside it as nested elements. A mark that crosses
 * the end of another is closed there and opened again after it, so the elements always nest.
 */
function renderRange(index: TextIndex, start: number, end: number, marks: readonly Mark[]): string {
  const inside = marks
    .map(m => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end) }))
    .filter(m => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const points = [...new Set([start, end, ...inside.flatMap(m => [m.start, m.end])])].sort((a, b) => a - b);
  const open: Mark[] = [];
  let html = '';
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    // Close what ends here; what is closed on the way without ending here opens again at once.
    const reopen: Mark[] = [];
    while (open.some(m => m.end <= at)) {
      const m = open.pop()!;
      html += m.close;
      if (m.end > at) reopen.unshift(m);
    }
    for (const m of reopen) { html += m.open; open.push(m); }
    while (next < inside.length && inside[next].start === at) { html += inside[next].open; open.push(inside[next++]); }
    if (i + 1 < points.length) html += escapeHtml(index.slice(at, points[i + 1]));
  }
  return html;
}

const BLOCK_CLASS: Readonly<Record<ParagraphRole, string>> = {
  headline: 'headline', deck: 'deck', date: 'date', dateline: 'dateline-line', lead: 'lead', body: 'body', background: 'background', credit: 'credit',
};

/** The article's paragraphs as blocks: the headline as a heading, every other paragraph a `<p>`, each `dir="auto"`. */
export function articleHtml(analysis: ArticleAnalysis, index: TextIndex, labels: ReadingLabels): string {
  if (analysis.paragraphs.length === 0) return `<p class="empty">${escapeHtml(labels.empty)}</p>`;
  const marks = marksOf(analysis, index, labels).sort((a, b) => a.start - b.start);
  let from = 0;
  return analysis.paragraphs.map(p => {
    // Marks are sorted by start and a paragraph is a line: skip those that end before it, take those that start in it.
    while (from < marks.length && marks[from].end <= p.start) from++;
    const mine: Mark[] = [];
    for (let i = from; i < marks.length && marks[i].start < p.end; i++) if (marks[i].end > p.start) mine.push(marks[i]);
    const tag = p.role === 'headline' ? 'h1' : 'p';
    const title = p.role === 'background' ? ` title="${escapeHtml(labels.background)}"` : '';
    return `<${tag} dir="auto" class="para ${BLOCK_CLASS[p.role]}" data-line="${p.index}"${title}>${renderRange(index, p.start, p.end, mine)}</${tag}>`;
  }).join('\n');
}

/** The legend: one sample of each style, in the same classes as the article's elements. */
function legendHtml(labels: ReadingLabels): string {
  const item = (classes: string, label: string) => `<li><span class="${classes}">${escapeHtml(label)}</span></li>`;
  return `<nav class="legend" aria-label="${escapeHtml(labels.legend)}"><ul>${[
    item('mention person', labels.kinds.person),
    item('mention organisation', labels.kinds.organisation),
    item('mention place', labels.kinds.place),
    item('mention event', labels.kinds.event),
    item('mention other', labels.kinds.other),
    item('speaker', labels.kinds.speaker),
    item('cue', labels.kinds.cue),
    item('quote speech', labels.speech),
    item('quote term', labels.term),
    item('dateline', labels.dateline),
    item('background', labels.background),
  ].join('')}</ul></nav>`;
}

/** The whole page: a strict content security policy, our stylesheet, the legend, the article and our one script. */
export function readingHtml(page: ReadingPage): string {
  const { analysis, labels } = page;
  const csp = `default-src 'none'; style-src ${page.cspSource}; script-src 'nonce-${page.nonce}';`;
  const uiDir = RTL_UI_LANGUAGES.test(page.uiLanguage) ? 'rtl' : 'ltr';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.uiLanguage)}" dir="${uiDir}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
${legendHtml(labels)}
<article lang="${escapeHtml(analysis.language)}" data-article="${escapeHtml(page.articleKey)}">
${articleHtml(analysis, page.index, labels)}
</article>
<script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>
`;
}

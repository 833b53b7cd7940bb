// Hover cards: an entity mention shows the entity (type, name, aliases, role, mentions, its quotes and
// what can be done to it), a quotation or its cue shows the quote, the dateline its parsed fields.
// Every piece of article text goes through `inert` (markdownText.ts): the copy is untrusted and the
// card may run our commands, and only ours.
import * as vscode from 'vscode';
import type { ArticleAnalysis, Dateline, Entity, Quote, Span } from '../core';
import { WIRE_LANGUAGE, type AnalysisCache, type DocumentAnalysis } from './analysisCache';
import { entityRef } from './commandContext';
import { ENTITY_TYPE_WORDS } from './entityTypes';
import { wholeWords } from './highlightSpans';
import { mentionAt, narrowest, touches } from './hitTest';
import { commandLink, firstWords, inert, isolate, rtlBlock, startsRtl } from './markdownText';
import { toOffset, toRange } from './positions';

/** The commands a card may run; anything else in a link is refused by VS Code. */
export const HOVER_COMMANDS = [
  'wirelens.revealSpan', 'wirelens.findMentions', 'wirelens.retypeEntity', 'wirelens.renameEntity', 'wirelens.rejectAnnotation',
] as const;

const QUOTE_WORDS_IN_ENTITY_CARD = 6;
const QUOTE_WORDS_IN_QUOTE_CARD = 24;

/** One card's markdown, rendered with our icons, the RTL blocks' HTML, and our commands only. */
function card(lines: readonly string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(lines.join('\n\n'), true);
  md.supportHtml = true;
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  return md;
}

/** Copy as a block of its own: right-aligned and isolated when it is right-to-left. */
function copyBlock(markdown: string, text: string): string {
  return startsRtl(text) ? rtlBlock([markdown]) : markdown;
}

/** A short piece of copy inside an English line, in an isolate so that Arabic reads right to left. */
const copy = (text: string) => isolate(inert(text));

class CardContext {
  readonly uri: string;
  constructor(readonly entry: DocumentAnalysis) { this.uri = entry.uri.toString(); }
  /** The card's actions name an entity by a mention in the text the card was made from (commandContext.ts). */
  entity(entity: Entity): unknown { return entityRef(entity, this.entry.version); }
  get analysis(): ArticleAnalysis { return this.entry.analysis; }
  line(cp: number): number { return this.entry.index.positionAt(cp).line + 1; }
  reveal(label: string, span: { start: number; end: number }, title?: string): string {
    return commandLink(label, 'wirelens.revealSpan', [this.uri, span.start, span.end], title);
  }
}

function entityCard(c: CardContext, entity: Entity, mention: Span): vscode.MarkdownString {
  const quotes = c.analysis.quotes.filter(q => q.speaker === entity.id);
  const first = entity.mentions[0];
  const mentions = entity.mentions.length === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', entity.mentions.length);
  const lines = [
    `$(${ENTITY_TYPE_WORDS[entity.type].codicon}) **${ENTITY_TYPE_WORDS[entity.type].singular}** · ${mentions} · ${c.reveal(vscode.l10n.t('first on line {0}', c.line(first.start)), first)}`,
    copyBlock(`**${inert(entity.name)}**`, entity.name),
  ];
  if (entity.role) lines.push(copyBlock(inert(entity.role.text), entity.role.text));
  if (entity.aliases.length > 0) lines.push(`${vscode.l10n.t('Also known as')}: ${entity.aliases.map(copy).join(' · ')}`);
  if (quotes.length > 0) {
    lines.push(`**${quotes.length === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', quotes.length)}**`);
    const links = quotes.map(q => c.reveal(inert(quoted(q, QUOTE_WORDS_IN_ENTITY_CARD)), q, vscode.l10n.t('Show the quote')));
    lines.push(...(startsRtl(quotes[0].text) ? [rtlBlock(links)] : links));
  }
  lines.push('---', [
    commandLink(`$(symbol-enum) ${vscode.l10n.t('Retype')}`, 'wirelens.retypeEntity', [c.uri, c.entity(entity)]),
    commandLink(`$(edit) ${vscode.l10n.t('Rename')}`, 'wirelens.renameEntity', [c.uri, c.entity(entity)]),
    commandLink(`$(close) ${vscode.l10n.t('Reject this mention')}`, 'wirelens.rejectAnnotation', [c.uri, mention.start, mention.end, c.entry.version]),
    commandLink(`$(references) ${vscode.l10n.t('Find all mentions')}`, 'wirelens.findMentions', [c.uri, c.entity(entity)]),
  ].join(' · '));
  return card(lines);
}

function quoted(q: Quote, words: number): string {
  return `${q.open}${firstWords(q.text, words)}${q.close ?? ''}`;
}

function quoteCard(c: CardContext, q: Quote): vscode.MarkdownString {
  const paragraph = c.analysis.paragraphs.find(p => p.index === q.paragraph);
  const kind = q.kind === 'speech' ? vscode.l10n.t('Quoted speech') : vscode.l10n.t('Quoted term');
  const where = vscode.l10n.t('paragraph on line {0}', q.paragraph + 1) + (paragraph ? ` (${paragraph.role})` : '');
  const lines = [
    `$(quote) **${kind}** · ${where}${q.close === null ? ` · ${vscode.l10n.t('never closed')}` : ''}`,
    copyBlock(inert(quoted(q, QUOTE_WORDS_IN_QUOTE_CARD)), q.text),
    `${vscode.l10n.t('Speaker')}: ${speakerLine(c, q)}`,
  ];
  if (q.cue) lines.push(`${vscode.l10n.t('Cue')}: ${c.reveal(copy(q.cue.text), q.cue)}`);
  lines.push('---', [
    c.reveal(`$(selection) ${vscode.l10n.t('Select the quote')}`, q),
    commandLink(`$(close) ${vscode.l10n.t('Reject the quote')}`, 'wirelens.rejectAnnotation', [c.uri, q.start, q.end, c.entry.version]),
  ].join(' · '));
  return card(lines);
}

/** Who said it, and the mention that says so (the name again when the mention is the full name). */
function speakerLine(c: CardContext, q: Quote): string {
  const speaker = q.speaker ? c.analysis.entities.find(e => e.id === q.speaker) : undefined;
  const m = q.speakerMention;
  if (!m) return speaker ? `**${copy(speaker.name)}**` : vscode.l10n.t('none found');
  const line = c.line(m.start);
  if (!speaker) return `${c.reveal(copy(m.text), m)} ${vscode.l10n.t('on line {0}', line)} (${vscode.l10n.t('not a named entity')})`;
  return m.text === speaker.name
    ? `**${copy(speaker.name)}** · ${c.reveal(vscode.l10n.t('named on line {0}', line), m)}`
    : `**${copy(speaker.name)}** · ${vscode.l10n.t('attributed by')} ${c.reveal(copy(m.text), m)} ${vscode.l10n.t('on line {0}', line)}`;
}

function datelineCard(c: CardContext, d: Dateline): vscode.MarkdownString {
  const none = vscode.l10n.t('none');
  const date = d.date ? `${copy(d.date.text)}${d.date.value ? ` → ${inert(d.date.value)}` : ` (${vscode.l10n.t('not a full date')})`}` : none;
  const agency = d.agency ? `${copy(d.agency.text)}${d.agency.name ? ` — ${inert(d.agency.name)}` : ''}` : none;
  const fields: [string, string][] = [
    [vscode.l10n.t('Date'), date],
    [vscode.l10n.t('Place'), d.place ? copy(d.place.text) : none],
    [vscode.l10n.t('Reporters'), d.reporters.length > 0 ? d.reporters.map(r => copy(r.text)).join(' · ') : none],
    [vscode.l10n.t('Agency'), agency],
  ];
  return card([
    `$(broadcast) **${vscode.l10n.t('Dateline')}** · ${c.reveal(vscode.l10n.t('line {0}', c.line(d.start)), d)}`,
    copyBlock(inert(d.text), d.text),
    // Hard line breaks (two spaces) keep the fields together as one compact block.
    fields.map(([label, value]) => `**${label}**: ${value}`).join('  \n'),
  ]);
}

async function provideHover(cache: AnalysisCache, doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
  // Never the offsets of older text: a big document being typed in is hovered once the typing pauses.
  const entry = await cache.settled(doc, token);
  if (!entry) return undefined;
  const { analysis, index } = entry;
  const c = new CardContext(entry);
  const cp = toOffset(index, position);
  const cards: vscode.MarkdownString[] = [];
  let range: { start: number; end: number } | undefined;

  const hit = mentionAt(analysis, index, cp);
  if (hit) {
    cards.push(entityCard(c, hit.entity, hit.mention));
    range = hit.word;
  } else {
    // A cue shows the quote it introduces; otherwise the innermost quotation around the mouse.
    const cue = narrowest(analysis.cues.filter(x => x.quote), x => wholeWords(index, x), cp);
    const quote = cue ? analysis.quotes.find(q => q.id === cue.quote) : narrowest(analysis.quotes, q => q.outer, cp);
    if (quote) {
      cards.push(quoteCard(c, quote));
      range = cue ? wholeWords(index, cue) : quote.outer;
    }
  }
  // The dateline is mostly entity mentions: its card comes with theirs, or alone between them.
  const d = analysis.dateline;
  if (d && (touches(d, cp) || touches(d.date, cp))) {
    cards.push(datelineCard(c, d));
    range ??= touches(d, cp) ? d : d.date!;
  }
  return range ? new vscode.Hover(cards, toRange(index, range)) : undefined;
}

export function registerHover(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: WIRE_LANGUAGE }, {
    provideHover: (doc, position, token) => provideHover(cache, doc, position, token),
  });
}

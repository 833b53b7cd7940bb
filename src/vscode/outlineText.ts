// The words around the outline's article text, shared by the sidebar and the document symbols so that
// both say the same: headings, the field a dateline part is, counts.
import * as vscode from 'vscode';
import type { EntityType } from '../core';
import { excerpt, type OutlineNode } from '../core/outline';
import { ENTITY_TYPE_WORDS } from './entityTypes';
import { isolate, startsRtl } from './markdownText';

/** The label: a heading for a section, else the article text that names the node. */
export function outlineLabel(node: OutlineNode): string {
  switch (node.kind) {
    case 'dateline': return vscode.l10n.t('Dateline');
    case 'headline': return vscode.l10n.t('Headline');
    case 'quotes': return vscode.l10n.t('Quotes');
    case 'unattributed': return vscode.l10n.t('Unattributed');
    case 'terms': return vscode.l10n.t('Terms and names in quotes');
    case 'entities': return vscode.l10n.t('Entities');
    case 'entityType': return ENTITY_TYPE_WORDS[node.value as EntityType]?.plural ?? String(node.value);
    case 'background': return vscode.l10n.t('Background');
    case 'problems': return vscode.l10n.t('Problems');
    default: return oneLine(node.name ?? '') || '…';
  }
}

/** The dimmer text after the label: what a part is, how many, where. `line` gives the 1-based line of a code point. */
export function outlineDescription(node: OutlineNode, line: (cp: number) => number): string {
  switch (node.kind) {
    // Short enough not to overflow: a cut Arabic line loses its start, not its end.
    case 'dateline': case 'headline': return excerpt(oneLine(node.name ?? ''));
    case 'date': return node.value ? vscode.l10n.t('date · {0}', node.value) : vscode.l10n.t('date');
    case 'place': return vscode.l10n.t('place');
    case 'reporter': return vscode.l10n.t('reporter');
    case 'agency': return node.value ? vscode.l10n.t('agency · {0}', node.value) : vscode.l10n.t('agency');
    case 'deck': return vscode.l10n.t('deck');
    case 'speaker': case 'unattributed': case 'terms':
      return node.count === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', node.count);
    case 'quote': {
      const q = node.quote!;
      return [q.cue?.text, q.close === null ? vscode.l10n.t('unclosed') : null].filter(Boolean).join(' · ');
    }
    case 'entityType': return node.count === 1 ? vscode.l10n.t('1 entity') : vscode.l10n.t('{0} entities', node.count);
    case 'entity': return node.count === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', node.count);
    case 'mention': case 'paragraph': return vscode.l10n.t('line {0}', line(node.range.start));
    case 'problem': return String(node.value);
    default: return String(node.count);
  }
}

/** Labels are one line: a paragraph break in a name would cut it. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Label and description, each in a bidi isolate when either is right-to-left text: VS Code lays both
 * out as one left-to-right line, where "دي كرو" followed by "3 mentions" would draw as
 * "3دي كرو mentions", and an Arabic cue would run into the Arabic label before it.
 */
export function isolatePair(label: string, description: string): { label: string; description: string } {
  if (!startsRtl(label) && !startsRtl(description)) return { label, description };
  return { label: isolate(label), description: description && isolate(description) };
}

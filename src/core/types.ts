// The records the analysis core hands to every adapter (editor, CLI, exports).
// All offsets are Unicode code points into the source text, `end` exclusive (SCHEMA.md).

/** A piece of the source: `text === [...source].slice(start, end).join('')`. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type ParagraphRole = 'headline' | 'deck' | 'date' | 'dateline' | 'lead' | 'body' | 'background' | 'credit';

export interface Paragraph extends Span {
  /** 0-based line number in the source; blank lines get no paragraph. */
  readonly index: number;
  readonly role: ParagraphRole;
}

export interface DateField extends Span {
  /** ISO date (YYYY-MM-DD) when the text gives day, month and year; else null. */
  readonly value: string | null;
}

export interface AgencyField extends Span {
  /** Canonical agency name (e.g. "Anadolu Agency"), or null when unknown. */
  readonly name: string | null;
}

export interface Dateline extends Span {
  readonly date: DateField | null;
  readonly place: Span | null;
  readonly reporters: readonly Span[];
  readonly agency: AgencyField | null;
}

export type QuoteKind = 'speech' | 'term';

export interface Quote extends Span {
  readonly id: string;
  readonly kind: QuoteKind;
  /** The opening mark as found. */
  readonly open: string;
  /** The closing mark as found, or null when the quote is never closed. */
  readonly close: string | null;
  /** The whole quotation, marks included (for highlighting and selection). */
  readonly outer: { readonly start: number; readonly end: number };
  /** Line index of the paragraph that holds the quote. */
  readonly paragraph: number;
  /** Entity id of the speaker, or null. */
  readonly speaker: string | null;
  readonly speakerMention: Span | null;
  readonly cue: Span | null;
}

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'GPE' | 'EVENT' | 'OTHER';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'OTHER'];

export type EntityOrigin = 'auto' | 'gazetteer' | 'manual' | 'learned';

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical surface form: the longest/first full mention. */
  readonly name: string;
  /** Apposition or title found in the text ("رئيس الوزراء البلجيكي"), or null. */
  readonly role: Span | null;
  readonly aliases: readonly string[];
  /** Every mention, sorted by start; Arabic clitics stay outside the spans. */
  readonly mentions: readonly Span[];
  readonly origin: EntityOrigin;
}

export type DiagnosticCode =
  | 'unclosed-quote'
  | 'unbalanced-quote'
  | 'no-dateline'
  | 'mixed-digits'
  | 'bidi-control'
  | 'orphan-annotation'
  | 'sidecar';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** Speech verbs and attribution phrases found in the copy (for highlighting). */
export interface Cue extends Span {
  readonly quote: string | null;
}

export type Direction = 'rtl' | 'ltr' | 'mixed';

export interface ArticleAnalysis {
  /** The analysed text, exactly as given. */
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  readonly language: string;
  readonly direction: Direction;
  readonly headline: Span | null;
  readonly deck: Span | null;
  readonly dateline: Dateline | null;
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
  readonly cues: readonly Cue[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface AnalyzeOptions {
  /** BCP 47 primary tag to use instead of detecting one. */
  readonly language?: string;
}

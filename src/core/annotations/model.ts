// The user's corrections to an article, as plain immutable records. Detection is a first
// draft; this set is what the user asserted, and it is merged over every new analysis.
// Offsets are code points (SCHEMA.md). Every place in the text is an Anchor: its position
// plus a W3C-style quote selector, so that it can be found again when the text changes.
import type { EntityType, ParagraphRole, QuoteKind, Span } from '../types';

/**
 * Why an anchor lost its place. Edits: `deleted` (the whole span was deleted), `replaced` (the
 * whole span was typed over), `cut` (an edit crossed one of its ends). Re-anchoring: `not-found`
 * (neither the exact text nor a close match with the same context), `ambiguous` (several places
 * match equally well), `stale` (its text is not what the document holds at its offsets).
 */
export type OrphanReason = 'deleted' | 'replaced' | 'cut' | 'not-found' | 'ambiguous' | 'stale';

/**
 * A place in the text: `text` is the selector's `exact`; `prefix`/`suffix` are up to
 * CONTEXT_LENGTH code points either side. An orphan keeps its last offsets and selector
 * (for the user to see and re-attach) and is never used as a position.
 */
export interface Anchor extends Span {
  readonly prefix: string;
  readonly suffix: string;
  readonly orphan?: OrphanReason;
}

/**
 * How a record names an entity the analyzer found. Analyzer ids (e1, e2 …) are renumbered on
 * every run, so the reference is one of its mentions (kept anchored like any span) with the
 * canonical name and type it had, as fallbacks when that mention moved or is gone.
 */
export interface DetectedRef {
  readonly name: string;
  readonly type: EntityType;
  readonly mention: Anchor;
}

/**
 * An entity the user created (`detected: null`) or corrected (`detected` names it). The record
 * holds the state the user set, not a log: null fields keep what the analyzer says.
 */
export interface EntityRecord {
  /** `m1`, `m2` …: also the entity's id in the merged analysis. */
  readonly id: string;
  readonly detected: DetectedRef | null;
  /** Retype; required when `detected` is null. */
  readonly type: EntityType | null;
  /** Rename of the canonical name; required when `detected` is null. */
  readonly name: string | null;
  /** Aliases the user added (the analyzer's stay). */
  readonly aliases: readonly string[];
  /** The apposition or title the user marked, or null to keep the analyzer's. */
  readonly role: Anchor | null;
  /** Id of the record this entity was merged into: its mentions and names go there. */
  readonly mergedInto: string | null;
}

/** A mention the user marked or accepted; `entity` is the id of an EntityRecord. */
export interface MentionAnnotation {
  readonly id: string;
  readonly anchor: Anchor;
  readonly entity: string;
}

/** A quote the user marked or accepted: the text between the marks, outer whitespace trimmed. */
export interface QuoteAnnotation {
  readonly id: string;
  readonly anchor: Anchor;
  readonly kind: QuoteKind;
  /** EntityRecord id of the speaker, or null: the user's choice wins over the analyzer's. */
  readonly speaker: string | null;
  readonly speakerMention: Anchor | null;
  readonly cue: Anchor | null;
}

/** The role the user gave a paragraph (the anchor is the paragraph's line content). */
export interface ParagraphRoleMark {
  readonly id: string;
  readonly anchor: Anchor;
  readonly role: ParagraphRole;
}

export type RejectionTarget = 'mention' | 'quote';

/**
 * A detection the user rejected: the analyzer must never bring back a `what` on this span.
 * `label` records what it was (the entity type and name, or the quote kind) for the user to read.
 */
export interface Rejection {
  readonly id: string;
  readonly what: RejectionTarget;
  readonly anchor: Anchor;
  readonly label: string;
}

export interface AnnotationSet {
  readonly entities: readonly EntityRecord[];
  readonly mentions: readonly MentionAnnotation[];
  readonly quotes: readonly QuoteAnnotation[];
  readonly paragraphs: readonly ParagraphRoleMark[];
  readonly rejections: readonly Rejection[];
}

export const EMPTY_ANNOTATIONS: AnnotationSet = Object.freeze({
  entities: [], mentions: [], quotes: [], paragraphs: [], rejections: [],
});

/** True for an anchor that has a place in the text (not an orphan). */
export function isLive(a: Anchor | null | undefined): boolean {
  return !!a && a.orphan === undefined;
}

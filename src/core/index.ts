// The core's public surface: what the editor adapters and the CLI import.
export * from './types';
export { analyze } from './analyze';
export { TextIndex, codePointLength } from './text/codePoints';
export { decodeArticle, formatBytes } from './text/decode';
export type { DecodeResult } from './text/decode';
export { sha256Hex } from './text/hash';
export { detectLanguage, detectDirection } from './text/script';
export { toWirelensYaml, toWirelensObject, FORMAT } from './export/wirelensYaml';
export type { SourceInfo } from './export/wirelensYaml';
export { looksLikeWireArticle } from './article/detect';

// The user's annotations: model, operations, merge, edits, re-anchoring, undo, sidecar.
export type {
  Anchor, AnnotationSet, DetectedRef, EntityRecord, MentionAnnotation, OrphanReason, ParagraphRoleMark, QuoteAnnotation, Rejection, RejectionTarget,
} from './annotations/model';
export { EMPTY_ANNOTATIONS, isLive } from './annotations/model';
export {
  acceptEntity, acceptMention, acceptQuote, addEntityAlias, addMention, addMentionOfNewEntity, addQuote, createEntity, ensureEntityRecord,
  mergeEntity, reattach, rejectMention, rejectQuote, removeAnnotation, renameEntity, retypeEntity, setEntityRole, setParagraphRole,
  setQuoteKind, setQuoteSpeaker,
} from './annotations/operations';
export type { CodePointRange, QuoteFields } from './annotations/operations';
export { mergeAnnotations } from './annotations/merge';
export { applyEdit, applyEdits } from './annotations/edit';
export type { TextEdit } from './annotations/edit';
export { reanchor } from './annotations/reanchor';
export type { AnchorMatch, LostAnchor, MovedAnchor, ReanchorReport } from './annotations/reanchor';
export type { AnchorPlace } from './annotations/traverse';
export { followEdits, record, redo, startHistory, undo, undoLabel } from './annotations/history';
export type { AnnotationHistory, HistoryStep } from './annotations/history';
export { parseSidecar, sidecarPathFor, writeSidecar } from './annotations/sidecar';
export type { SidecarErrorCode, SidecarParse } from './annotations/sidecar';

// Exports and imports besides wirelens/1.
export { BRAT_ANNOTATION_CONF, toBrat } from './export/brat';
export type { BratFiles } from './export/brat';
export { importBrat } from './export/bratImport';
export type { BratImport } from './export/bratImport';
export { toConll } from './export/conll';
export type { ConllOptions } from './export/conll';
export { toJsonl, toJsonlLine, toJsonlRecord } from './export/jsonl';
export type { JsonlOptions, JsonlRecord } from './export/jsonl';
export { toNinjs } from './export/ninjs';
export type { NinjsItem, NinjsOptions } from './export/ninjs';
export { importWirelensYaml } from './export/wirelensImport';
export type { WirelensImport } from './export/wirelensImport';

// What the editor's commands and the CLI share: selection snapping and the export formats table.
export { snapSelection } from './annotations/snap';
export type { SnapKind } from './annotations/snap';
export { BRAT_CONF_NAME, EXPORT_FORMATS, articleBaseName, exportFiles, exportFormat, isExportFormat, jsonlLine } from './export/formats';
export type { ExportFile, ExportFormat, ExportFormatInfo } from './export/formats';

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

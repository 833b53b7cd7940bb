// The export formats as one table, so that the CLI and the editor write the same files with the
// same names: `wirelens export --format brat` and "Export Annotations… › brat" agree byte for byte.
import type { ArticleAnalysis } from '../types';
import { toBrat } from './brat';
import { toConll } from './conll';
import { toJsonlLine } from './jsonl';
import { toNinjs } from './ninjs';
import { toWirelensYaml, type SourceInfo } from './wirelensYaml';

export type ExportFormat = 'yaml' | 'brat' | 'conll' | 'jsonl' | 'ninjs';

export interface ExportFormatInfo {
  readonly id: ExportFormat;
  readonly label: string;
  readonly description: string;
  /** What the files are named after the article's base name, the main file first. */
  readonly suffixes: readonly string[];
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { id: 'yaml', label: 'wirelens/1 YAML', description: 'everything: structure, quotes, speakers, entities', suffixes: ['.yaml'] },
  { id: 'brat', label: 'brat standoff', description: '.txt + .ann: entities, quotes, speakers, coreference', suffixes: ['.ann', '.txt'] },
  { id: 'conll', label: 'CoNLL BIO', description: 'one token per line, entity tags', suffixes: ['.conll'] },
  { id: 'jsonl', label: 'JSONL', description: 'one line per article: text and entity spans (spaCy, doccano)', suffixes: ['.jsonl'] },
  { id: 'ninjs', label: 'IPTC ninjs 2.1', description: 'news item JSON: headline, byline, people, places, body', suffixes: ['.json'] },
];

export function isExportFormat(s: string): s is ExportFormat {
  return EXPORT_FORMATS.some(f => f.id === s);
}

export function exportFormat(id: ExportFormat): ExportFormatInfo {
  return EXPORT_FORMATS.find(f => f.id === id)!;
}

export interface ExportFile {
  /** Appended to the article's base name: `.ann`, `.txt`, `.yaml` … */
  readonly suffix: string;
  readonly content: string;
}

/** What brat needs beside the files of a collection to know our types and relations. */
export const BRAT_CONF_NAME = 'annotation.conf';

/** The files of one article in a format (the merged analysis: the user's corrections included). */
export function exportFiles(format: ExportFormat, analysis: ArticleAnalysis, source: SourceInfo): ExportFile[] {
  switch (format) {
    case 'yaml': return [{ suffix: '.yaml', content: toWirelensYaml(analysis, source) }];
    case 'brat': {
      const { ann, txt } = toBrat(analysis);
      return [{ suffix: '.ann', content: ann }, { suffix: '.txt', content: txt }];
    }
    case 'conll': return [{ suffix: '.conll', content: toConll(analysis) }];
    case 'jsonl': return [{ suffix: '.jsonl', content: jsonlLine(analysis, source) + '\n' }];
    case 'ninjs': return [{ suffix: '.json', content: JSON.stringify(toNinjs(analysis, { sha256: source.sha256 }), null, 2) + '\n' }];
  }
}

/** One JSONL line (no newline) naming its source, for a file of many articles. */
export function jsonlLine(analysis: ArticleAnalysis, source: SourceInfo): string {
  return toJsonlLine(analysis, { meta: { path: source.path, sha256: source.sha256 } });
}

/** `dir/2021-06-10-barzani.wire` -> `2021-06-10-barzani` (the last extension dropped). */
export function articleBaseName(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

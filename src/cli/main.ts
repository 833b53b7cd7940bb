// `wirelens export FILE... [--out-dir DIR] [--format F] [--sidecar-dir DIR] [--max-size SIZE]`: the editor's analysis,
// with the user's annotations from each article's sidecar, from a shell.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  BRAT_ANNOTATION_CONF, BRAT_CONF_NAME, EXPORT_FORMATS, analyze, articleBaseName, decodeArticle, exportFiles, formatBytes, isExportFormat,
  jsonlLine, mergeAnnotations, sha256Hex, type ExportFile, type ExportFormat,
} from '../core';
import { readSidecar } from './sidecar';

declare const WIRELENS_VERSION: string;

const USAGE = `usage: wirelens export FILE... [--out-dir DIR] [--format F] [--sidecar-dir DIR] [--max-size SIZE]

Writes each article's export named after it (a/003-ar-aa.txt -> DIR/003-ar-aa.yaml), or prints it
to stdout for a single file without --out-dir. An article's sidecar (003-ar-aa.txt.wirelens.yaml, the
annotations made in the editor) is merged in when there is one; one that cannot be used is reported
on stderr and the article is exported without it (exit code 1). A file that is not an article
(binary, not UTF-8, empty, larger than --max-size) is reported and skipped (exit code 1), and so is
an export that would write over one of the input files (brat's NAME.txt in the articles' folder).

  --out-dir DIR      where to write the exports (created if missing)
  --format F         ${EXPORT_FORMATS.map(f => f.id).join(' | ')} (default yaml)
                       yaml   wirelens/1 YAML, NAME.yaml
                       brat   brat standoff, NAME.txt + NAME.ann (+ annotation.conf, unless
                              there is one); needs --out-dir
                       conll  CoNLL BIO, NAME.conll
                       jsonl  one line per article: DIR/articles.jsonl, or stdout without --out-dir
                       ninjs  IPTC ninjs 2.1 JSON, NAME.json
  --sidecar-dir DIR  read sidecars from DIR, mirroring each article's path from the working
                     directory (the editor's "workspace" sidecar location is .wirelens/)
  --max-size SIZE    skip larger files: bytes, or with KB / MB (default 10MB; the analysis
                     takes about 70 MB of memory per MB of copy)
  -h, --help         this help
  --version          the version`;

const JSONL_COLLECTION = 'articles.jsonl';

interface ExportArgs { files: string[]; outDir: string | null; format: ExportFormat; sidecarDir: string | null; maxBytes: number }

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** `12345`, `512KB`, `10MB` (also K, M, KiB, MiB; 1 KB = 1024 bytes) -> bytes. */
function parseSize(text: string): number {
  const m = text.trim().match(/^(\d+(?:\.\d+)?)\s*(?:(k|kb|kib)|(m|mb|mib))?$/i);
  if (!m) throw new UsageError(`--max-size: '${text}' is not a size (e.g. 500KB, 20MB)`);
  return Math.round(Number(m[1]) * (m[2] ? 1024 : m[3] ? 1024 * 1024 : 1));
}

class UsageError extends Error {}

function parseArgs(argv: string[]): ExportArgs {
  const files: string[] = [];
  let outDir: string | null = null, sidecarDir: string | null = null;
  let format: ExportFormat = 'yaml';
  let maxBytes = DEFAULT_MAX_BYTES;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined) throw new UsageError(`${a} needs a value`); return v; };
    if (a === '--out-dir' || a === '-o') outDir = value();
    else if (a.startsWith('--out-dir=')) outDir = a.slice('--out-dir='.length);
    else if (a === '--sidecar-dir') sidecarDir = value();
    else if (a.startsWith('--sidecar-dir=')) sidecarDir = a.slice('--sidecar-dir='.length);
    else if (a === '--max-size') maxBytes = parseSize(value());
    else if (a.startsWith('--max-size=')) maxBytes = parseSize(a.slice('--max-size='.length));
    else if (a === '--format' || a === '-f' || a.startsWith('--format=')) {
      const f = a.startsWith('--format=') ? a.slice('--format='.length) : value();
      if (!isExportFormat(f)) throw new UsageError(`unknown format '${f}' (known: ${EXPORT_FORMATS.map(x => x.id).join(', ')})`);
      format = f;
    } else if (a === '--') files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length === 0) throw new UsageError('no input files');
  if (format === 'brat' && outDir === null) throw new UsageError('brat writes two files per article (NAME.txt, NAME.ann): give --out-dir');
  if (files.length > 1 && outDir === null && format !== 'jsonl') throw new UsageError('several files need --out-dir');
  return { files, outDir, format, sidecarDir, maxBytes };
}

/** The path to record in the export: relative to the working directory where the file lies below it. */
function recordedPath(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  const p = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  return p.split(path.sep).join('/');
}

/** Writes through a temporary file and a rename, so a reader never sees a partial export. */
function writeAtomic(target: string, content: string): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

interface Exported {
  readonly files: ExportFile[];
  /** Why the article's sidecar was left out, when it was there but could not be used. */
  readonly sidecarProblem: string | null;
}

function exportOne(file: string, args: ExportArgs): Exported {
  let bytes: Uint8Array;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new Error('is a directory');
    // Refused before it is read: a huge file would take the memory of the whole run.
    if (st.size > args.maxBytes) throw new Error(`file is ${formatBytes(st.size)}, above the limit of ${formatBytes(args.maxBytes)} (--max-size)`);
    if (st.size === 0) throw new Error('empty file (0 bytes): nothing to export');
    bytes = fs.readFileSync(file);
  } catch (e: any) {
    throw new Error(e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.message);
  }
  const decoded = decodeArticle(bytes, args.maxBytes);
  if (!decoded.ok) throw new Error(decoded.message);
  const source = { path: recordedPath(file), sha256: sha256Hex(bytes) };
  const analysis = analyze(decoded.text);
  const sidecar = readSidecar(file, args.sidecarDir, decoded.text, source.sha256);
  const usable = sidecar.found && 'set' in sidecar;
  return {
    files: exportFiles(args.format, usable ? mergeAnnotations(analysis, sidecar.set) : analysis, source),
    sidecarProblem: sidecar.found && 'error' in sidecar ? `sidecar ${sidecar.path}: ${sidecar.error}; exported without it` : null,
  };
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === '--version') { console.log(WIRELENS_VERSION); return 0; }
  if (!command || command === '-h' || command === '--help' || command === 'help') { console.log(USAGE); return command ? 0 : 2; }
  if (command !== 'export') { console.error(`wirelens: unknown command '${command}'\n${USAGE}`); return 2; }
  if (rest.includes('-h') || rest.includes('--help')) { console.log(USAGE); return 0; }
  let args: ExportArgs;
  try { args = parseArgs(rest); } catch (e) {
    if (e instanceof UsageError) { console.error(`wirelens: ${e.message}\n${USAGE}`); return 2; }
    throw e;
  }
  if (args.outDir !== null) fs.mkdirSync(args.outDir, { recursive: true });
  let failed = 0, exported = 0;
  const written = new Map<string, string>();
  // No export may land on an article (`--format brat --out-dir .` next to `story.txt` would write story.txt).
  const inputs = new Set(args.files.map(f => path.resolve(f)));
  const collection: string[] = [];
  for (const file of args.files) {
    try {
      const out = exportOne(file, args);
      if (out.sidecarProblem) { failed++; console.error(`wirelens: ${file}: ${out.sidecarProblem}`); }
      // jsonl gathers every article in one file (or one line each on stdout); the others write files per article.
      if (args.format === 'jsonl' && args.outDir !== null) collection.push(out.files[0].content);
      else if (args.outDir === null) process.stdout.write(out.files[0].content);
      else {
        const base = path.join(args.outDir, articleBaseName(file));
        const earlier = written.get(base);
        if (earlier) throw new Error(`would overwrite the export of ${earlier} (${base}${out.files[0].suffix}); export them to separate directories`);
        const onInput = out.files.map(f => base + f.suffix).find(t => inputs.has(path.resolve(t)));
        if (onInput) throw new Error(`would write over the article ${onInput}; export to another directory`);
        for (const f of out.files) writeAtomic(base + f.suffix, f.content);
        written.set(base, file);
      }
      exported++;
    } catch (e: any) {
      failed++;
      console.error(`wirelens: ${file}: ${e.message}`);
    }
  }
  if (args.format === 'jsonl' && args.outDir !== null) writeAtomic(path.join(args.outDir, JSONL_COLLECTION), collection.join(''));
  // brat's configuration of our types, unless the collection has one (the user's own is left alone).
  const conf = args.outDir !== null ? path.join(args.outDir, BRAT_CONF_NAME) : '';
  if (args.format === 'brat' && args.outDir !== null && written.size > 0 && !fs.existsSync(conf)) writeAtomic(conf, BRAT_ANNOTATION_CONF);
  if (args.outDir !== null) console.error(`wirelens: exported ${exported} of ${args.files.length} file(s) to ${args.outDir}`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

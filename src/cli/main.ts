// `wirelens export FILE... [--out-dir DIR] [--format yaml]`: the editor's analysis, from a shell.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, decodeArticle, sha256Hex, toWirelensYaml } from '../core';

declare const WIRELENS_VERSION: string;

const USAGE = `usage: wirelens export FILE... [--out-dir DIR] [--format yaml]

Writes one wirelens/1 YAML per article, named after it (a/003-ar-aa.txt -> DIR/003-ar-aa.yaml),
or prints it to stdout for a single file without --out-dir.

  --out-dir DIR   where to write the exports (created if missing)
  --format F      yaml (default)
  -h, --help      this help
  --version       the version`;

const FORMATS = { yaml: '.yaml' } as const;
type Format = keyof typeof FORMATS;

interface ExportArgs { files: string[]; outDir: string | null; format: Format }

class UsageError extends Error {}

function parseArgs(argv: string[]): ExportArgs {
  const files: string[] = [];
  let outDir: string | null = null;
  let format: Format = 'yaml';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined) throw new UsageError(`${a} needs a value`); return v; };
    if (a === '--out-dir' || a === '-o') outDir = value();
    else if (a.startsWith('--out-dir=')) outDir = a.slice('--out-dir='.length);
    else if (a === '--format' || a === '-f' || a.startsWith('--format=')) {
      const f = a.startsWith('--format=') ? a.slice('--format='.length) : value();
      if (!(f in FORMATS)) throw new UsageError(`unknown format '${f}' (known: ${Object.keys(FORMATS).join(', ')})`);
      format = f as Format;
    } else if (a === '--') files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length === 0) throw new UsageError('no input files');
  if (files.length > 1 && outDir === null) throw new UsageError('several files need --out-dir');
  return { files, outDir, format };
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

function exportOne(file: string, format: Format): string {
  let bytes: Uint8Array;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new Error('is a directory');
    bytes = fs.readFileSync(file);
  } catch (e: any) {
    throw new Error(e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.message);
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new Error(decoded.message);
  const analysis = analyze(decoded.text);
  switch (format) {
    case 'yaml': return toWirelensYaml(analysis, { path: recordedPath(file), sha256: sha256Hex(bytes) });
  }
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
  let failed = 0;
  const written = new Map<string, string>();
  for (const file of args.files) {
    try {
      const out = exportOne(file, args.format);
      if (args.outDir === null) { process.stdout.write(out); continue; }
      const target = path.join(args.outDir, path.basename(file).replace(/\.[^.]*$/, '') + FORMATS[args.format]);
      const earlier = written.get(target);
      if (earlier) throw new Error(`would overwrite the export of ${earlier} (${target}); export them to separate directories`);
      writeAtomic(target, out);
      written.set(target, file);
    } catch (e: any) {
      failed++;
      console.error(`wirelens: ${file}: ${e.message}`);
    }
  }
  if (args.outDir !== null) console.error(`wirelens: exported ${written.size} of ${args.files.length} file(s) to ${args.outDir}`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

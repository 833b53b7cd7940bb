// What bench/profile.mjs profiles: after a warm-up, the analysis of 1 MB of fresh wire copy, and only
// that (the profiler runs around the one call), written to the file named on the command line.
//   node out/bench/profileTarget.js ar|en OUT.cpuprofile
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import { analyze } from '../src/core/analyze';
import { wireCorpus, type CorpusLanguage } from './corpus';

const [language, out] = process.argv.slice(2) as [CorpusLanguage, string];
analyze(wireCorpus(language, 1024 * 1024, 1));
const text = wireCorpus(language, 1024 * 1024, 2);

const session = new Session();
session.connect();
const post = (method: string, params?: object) => new Promise<any>((resolve, reject) =>
  session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

async function main(): Promise<void> {
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  const started = performance.now();
  analyze(text);
  const ms = performance.now() - started;
  const { profile } = await post('Profiler.stop');
  fs.writeFileSync(out, JSON.stringify(profile));
  process.stderr.write(`  analysed ${language} 1 MB in ${ms.toFixed(0)} ms (profiler on)\n`);
}

void main();

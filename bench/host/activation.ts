// The extension-host side of bench/hostActivation.mjs, run as VS Code's extension tests: opens a wire
// article in an empty window (which activates Wirelens with the article open, as a user meets it) and
// prints how long activateShared took, and how long from opening the article to the API in hand. Built
// with WIRELENS_BENCH_NO_ARTICLE true, it activates Wirelens with nothing open instead: what activation
// costs before any article is analysed.
import * as vscode from 'vscode';
import { name, publisher } from '../../package.json';
import type { WirelensApi } from '../../src/vscode/activate';

const ARTICLE = [
  'العراق وبلجيكا يبحثان دعم إعمار المدن المحررة',
  '10.06.2021',
  'بغداد/إبراهيم صالح/الأناضول',
  'بحث رئيس الوزراء العراقي مصطفى الكاظمي، الأربعاء، مع رئيس الوزراء البلجيكي ألكسندر دي كرو، سبل دعم إعمار المدن المحررة.',
  'وقال المكتب الإعلامي في بيان، إن الجانبين ناقشا “آفاق التعاون بين العراق وبلجيكا”.',
].join('\n');

declare const WIRELENS_BENCH_NO_ARTICLE: boolean;

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<WirelensApi>(`${publisher}.${name}`);
  if (!extension) throw new Error('Wirelens is not installed in this host');
  const activeBefore = extension.isActive;
  const started = performance.now();
  if (!WIRELENS_BENCH_NO_ARTICLE) {
    const doc = await vscode.workspace.openTextDocument({ language: 'wire', content: ARTICLE });
    await vscode.window.showTextDocument(doc);
  }
  const api = await extension.activate();
  const ready = performance.now() - started;
  console.log(`wirelens-bench: ${JSON.stringify({ activationMs: api.activationMs, openToApiMs: ready, activeBefore })}`);
}

// Which runtime messages (every `vscode.l10n.t(…)` in src/vscode) the Arabic bundle l10n/bundle.l10n.ar.json
// lacks, and which of its entries no code uses; test/unit/l10n.test.ts checks the same, so that no message ships
// untranslated.
//   node scripts/l10n-messages.mjs           lists missing and stale messages; exits 1 when there are any
//   node scripts/l10n-messages.mjs --json    prints every message as a JSON object (message: message), a start for a new language
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { l10nMessages } from './l10nMessages.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { messages, nonLiteral } = l10nMessages(path.join(repo, 'src/vscode'));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(messages.map(m => [m, m])), null, 2));
} else {
  const bundle = JSON.parse(fs.readFileSync(path.join(repo, 'l10n/bundle.l10n.ar.json'), 'utf8'));
  const missing = messages.filter(m => !(m in bundle));
  const stale = Object.keys(bundle).filter(k => !messages.includes(k));
  for (const m of missing) console.log(`missing: ${JSON.stringify(m)}`);
  for (const k of stale) console.log(`stale: ${JSON.stringify(k)}`);
  for (const at of nonLiteral) console.log(`not a string literal: l10n.t at ${at}`);
  console.log(`${messages.length} messages, ${missing.length} missing in Arabic, ${stale.length} stale, ${nonLiteral.length} not literal`);
  process.exitCode = missing.length + stale.length + nonLiteral.length > 0 ? 1 : 0;
}

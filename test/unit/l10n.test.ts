// Every string the user sees is in English and Arabic: package.json's `%key%` placeholders in both
// package.nls files, and every `vscode.l10n.t` message of src/vscode in l10n/bundle.l10n.ar.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { l10nMessages, placeholders } from '../../scripts/l10nMessages.mjs';

const json = (path: string) => JSON.parse(fs.readFileSync(path, 'utf8'));
const pkg = json('package.json');
const nls: Record<string, string> = json('package.nls.json');
const nlsAr: Record<string, string> = json('package.nls.ar.json');
const bundleAr: Record<string, string> = json('l10n/bundle.l10n.ar.json');
const ARABIC = /\p{Script=Arabic}/u;

/** Every string value in the manifest, with where it is. */
function strings(value: unknown, at = ''): { at: string; value: string }[] {
  if (typeof value === 'string') return [{ at, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

/** The fields of package.json a user reads in VS Code, and the ones that keep a literal (the brand). */
const SHOWN = /^(displayName|description|capabilities\.untrustedWorkspaces\.description|contributes\.(commands\[\d+\]\.title|submenus\[\d+\]\.label|views\.\w+\[\d+\]\.name|viewsWelcome\[\d+\]\.contents|configuration\.properties\.[\w.]+\.(markdownDescription|description|enumDescriptions\[\d+\])|semanticToken(Types|Modifiers)\[\d+\]\.description))$/;

suite('localisation', () => {
  const manifest = strings(pkg);
  const keys = manifest.flatMap(s => [...s.value.matchAll(/^%([\w.-]+)%$/g)].map(m => m[1]));

  test('every string package.json shows the user is a %key%', () => {
    const shown = manifest.filter(s => SHOWN.test(s.at));
    assert.ok(shown.length > 50, `only ${shown.length} shown strings found: is the pattern still right?`);
    assert.deepEqual(shown.filter(s => !/^%[\w.-]+%$/.test(s.value)).map(s => s.at), []);
  });

  test('every %key% of package.json is in package.nls.json and package.nls.ar.json, and no key is left over', () => {
    assert.deepEqual(keys.filter(k => !(k in nls)), [], 'missing in package.nls.json');
    assert.deepEqual(keys.filter(k => !(k in nlsAr)), [], 'missing in package.nls.ar.json');
    assert.deepEqual(Object.keys(nls).filter(k => !keys.includes(k)), [], 'unused in package.nls.json');
    assert.deepEqual(Object.keys(nlsAr).filter(k => !(k in nls)), [], 'in package.nls.ar.json only');
  });

  test('the Arabic manifest strings are Arabic, and keep the English ones\' command links and code', () => {
    for (const [key, en] of Object.entries(nls)) {
      const ar = nlsAr[key];
      assert.match(ar, ARABIC, `${key} is not translated`);
      const kept = (s: string) => [...s.matchAll(/\(command:[\w.]+\)|`[^`]*`/g)].map(m => m[0]).sort();
      assert.deepEqual(kept(ar), kept(en), key);
    }
  });

  const { messages, nonLiteral } = l10nMessages('src/vscode');

  test('every vscode.l10n.t message in src/vscode is a string literal', () => {
    assert.ok(messages.length > 150, `only ${messages.length} messages found: is the extraction still right?`);
    assert.deepEqual(nonLiteral, []);
  });

  test('every vscode.l10n.t message has an Arabic translation with the same placeholders; none is stale', () => {
    assert.deepEqual(messages.filter(m => !(m in bundleAr)), [], 'missing in l10n/bundle.l10n.ar.json (node scripts/l10n-messages.mjs lists them)');
    assert.deepEqual(Object.keys(bundleAr).filter(k => !messages.includes(k)), [], 'stale in l10n/bundle.l10n.ar.json');
    for (const m of messages) {
      // A message of nothing but the brand, placeholders and punctuation stays as it is.
      const words = m.replace(/Wirelens|\{\d+\}/g, '');
      if (/\p{L}/u.test(words)) assert.match(bundleAr[m], ARABIC, `${JSON.stringify(m)} is not translated`);
      assert.deepEqual(placeholders(bundleAr[m]), placeholders(m), JSON.stringify(m));
    }
  });

  test('the extraction reads literals as JavaScript does and flags what it cannot read', () => {
    const dir = fs.mkdtempSync('/tmp/wirelens-l10n-');
    try {
      fs.writeFileSync(`${dir}/a.ts`, [
        "vscode.l10n.t('It\\'s {0}', x);",
        'vscode.l10n.t("Say \\"hi\\"\\u00e9");',
        'vscode.l10n.t(`plain`);',
        'vscode.l10n.t(`with ${x}`);',
        'vscode.l10n.t(label);',
      ].join('\n'));
      assert.deepEqual(l10nMessages(dir), { messages: ["It's {0}", 'Say "hi"é', 'plain'], nonLiteral: ['a.ts:4', 'a.ts:5'] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// What package.json promises the user: key bindings that type nothing on any keyboard.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const contributes = pkg.contributes;

suite('manifest', () => {
  test('every key binding is a Ctrl+K / Cmd+K chord: no Alt (macOS types “ ‘ with Alt+[ ]) and no Ctrl+Alt (AltGr on Windows)', () => {
    const bindings: { command: string; key: string; mac?: string; when: string }[] = contributes.keybindings;
    assert.ok(bindings.length >= 4);
    for (const b of bindings) {
      assert.match(b.key, /^ctrl\+k (shift\+)?[a-z]$/, `${b.command}: ${b.key}`);
      assert.equal(b.mac, b.key.replace(/^ctrl\+k/, 'cmd+k'), `${b.command} on macOS`);
      assert.match(b.when, /editorLangId == wire/);
    }
    assert.equal(new Set(bindings.map(b => b.key)).size, bindings.length, 'no two commands on one chord');
  });
});

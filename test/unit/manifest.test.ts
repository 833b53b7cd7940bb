// What package.json promises the user: key bindings that type nothing on any keyboard, semantic token
// types every theme can colour, export commands offered only where they can write.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { TOKEN_TYPE_OF_KIND } from '../../src/vscode/highlightSpans';

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

  test('every semantic token type in the legend is declared with a superType and has a TextMate scope for wire', () => {
    const declared = new Map<string, { superType?: string }>(contributes.semanticTokenTypes.map((t: { id: string; superType?: string }) => [t.id, t]));
    const scopes = contributes.semanticTokenScopes.find((s: { language: string }) => s.language === 'wire').scopes;
    for (const type of Object.values(TOKEN_TYPE_OF_KIND)) {
      assert.ok(declared.get(type)?.superType, `${type} is declared with a superType`);
      assert.ok(scopes[type]?.length, `${type} has a scope`);
    }
    assert.deepEqual(Object.keys(scopes).filter(k => !declared.has(k)), [], 'no scope for an undeclared type');
    assert.equal(declared.get('newsEvent')?.superType, 'event');
  });

  test('the export commands are offered only in a trusted workspace; annotating works on the word at the cursor', () => {
    const menus: Record<string, { command?: string; when: string }[]> = contributes.menus;
    for (const [menu, items] of Object.entries(menus)) {
      for (const item of items) {
        if (/^wirelens\.export/.test(item.command ?? '')) assert.match(item.when, /isWorkspaceTrusted/, `${menu}: ${item.command}`);
      }
    }
    assert.ok(!menus['wirelens.editorContext'].some(i => /editorHasSelection/.test(i.when)));
    const history = menus['wirelens.editorContext'].filter(i => /Annotation$/.test(i.command ?? '') && /(undo|redo)/.test(i.command!)).map(i => i.command);
    assert.deepEqual(history, ['wirelens.undoAnnotation', 'wirelens.redoAnnotation']);
  });

  test('wirelens.maxAnalysisSize is a whole number of characters', () => {
    assert.equal(contributes.configuration.properties['wirelens.maxAnalysisSize'].type, 'integer');
  });
});

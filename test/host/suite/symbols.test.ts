// Document symbols through VS Code's own command, as the Outline view, the breadcrumbs and Go to
// Symbol get them: names, kinds, nesting, and ranges that cover the right text of the document.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { WirelensApi } from '../../../src/vscode/activate';
import { workspaceUri } from './testWorkspace';
import { wirelens } from './wirelensApi';

let api: WirelensApi;

async function symbolsOf(file: string): Promise<{ doc: vscode.TextDocument; symbols: vscode.DocumentSymbol[] }> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(file));
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
  assert.ok(symbols?.length, `no symbols for ${file}`);
  return { doc, symbols };
}

const named = (symbols: readonly vscode.DocumentSymbol[], name: string) => {
  const found = symbols.find(s => s.name === name);
  assert.ok(found, `no symbol "${name}" among ${symbols.map(s => s.name).join(', ')}`);
  return found;
};
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');

/** Every selection range inside its range, every child inside its parent. */
function assertNested(symbols: readonly vscode.DocumentSymbol[], parent?: vscode.DocumentSymbol): void {
  for (const s of symbols) {
    assert.ok(s.range.contains(s.selectionRange), `${s.name}: selection range outside its range`);
    if (parent) assert.ok(parent.range.contains(s.range), `${s.name}: outside ${parent.name}`);
    assertNested(s.children, s);
  }
}

suite('document symbols', () => {
  suiteSetup(async () => { api = await wirelens(); });

  test('an Arabic article: dateline, headline, quotes, entities and background, with their kinds', async () => {
    const { doc, symbols } = await symbolsOf('01-ar-aa-dateline.wire');
    const { analysis } = api.cache.get(doc);
    // VS Code hands the symbols out in the order of their ranges' starts.
    const byName = (a: [string, vscode.SymbolKind], b: [string, vscode.SymbolKind]) => a[0].localeCompare(b[0]);
    assert.deepStrictEqual(symbols.map((s): [string, vscode.SymbolKind] => [s.name, s.kind]).sort(byName), [
      ['Background', vscode.SymbolKind.Namespace], ['Dateline', vscode.SymbolKind.Event], ['Entities', vscode.SymbolKind.Namespace],
      ['Headline', vscode.SymbolKind.String], ['Quotes', vscode.SymbolKind.Namespace],
    ]);
    assertNested(symbols);
    const dateline = named(symbols, 'Dateline');
    assert.strictEqual(doc.getText(dateline.selectionRange), analysis.dateline!.text);
    const agency = named(dateline.children, analysis.dateline!.agency!.text);
    assert.strictEqual(agency.kind, vscode.SymbolKind.Field);
    assert.strictEqual(plain(agency.detail), `agency · ${analysis.dateline!.agency!.name}`);
    assert.strictEqual(doc.getText(named(symbols, 'Headline').selectionRange), analysis.headline!.text);
  });

  test('quotes nest under their speaker; each quote selects its words and spans its marks', async () => {
    const { doc, symbols } = await symbolsOf('01-ar-aa-dateline.wire');
    const { analysis } = api.cache.get(doc);
    // The first attributed quote's speaker, as the analysis names it: the entity, else the attributing words.
    const speech = analysis.quotes.find(q => q.kind === 'speech' && (q.speaker || q.speakerMention));
    assert.ok(speech, 'the fixture has no attributed quote');
    const speakerName = analysis.entities.find(e => e.id === speech.speaker)?.name ?? speech.speakerMention!.text;
    const speaker = named(named(symbols, 'Quotes').children, speakerName);
    assert.strictEqual(speaker.kind, vscode.SymbolKind.Object);
    const quote = speaker.children.find(s => doc.getText(s.selectionRange) === speech.text);
    assert.ok(quote, `no symbol selects "${speech.text}"`);
    assert.strictEqual(quote.kind, vscode.SymbolKind.String);
    assert.strictEqual(doc.getText(quote.range), `${speech.open}${doc.getText(quote.selectionRange)}${speech.close}`);
  });

  test('an English article: entities by type, each a class whose mentions select their text', async () => {
    const { doc, symbols } = await symbolsOf('06-en-reuters.wire');
    const { analysis } = api.cache.get(doc);
    assertNested(symbols);
    const people = named(named(symbols, 'Entities').children, 'People');
    assert.strictEqual(people.kind, vscode.SymbolKind.Namespace);
    const person = analysis.entities.filter(e => e.type === 'PERSON').sort((a, b) => b.mentions.length - a.mentions.length)[0];
    const entity = named(people.children, person.name);
    assert.strictEqual(entity.kind, vscode.SymbolKind.Class);
    assert.deepStrictEqual(entity.children.map(m => [m.kind, doc.getText(m.selectionRange)]), person.mentions.map(m => [vscode.SymbolKind.Variable, m.text]));
    assert.strictEqual(entity.detail, `${person.mentions.length} mentions`);
  });

  test('problems are not symbols', async () => {
    const { symbols } = await symbolsOf('05-ar-unclosed.wire');
    assert.ok(!symbols.some(s => s.name === 'Problems'));
  });
});

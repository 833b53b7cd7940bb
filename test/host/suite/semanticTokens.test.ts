// Semantic highlighting as VS Code receives it: the legend, then the tokens of real fixtures decoded
// from the relative encoding, with every expected position computed from the document's own text.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { attributedArabicQuote, positionOfCodePoint } from './attributedQuote';
import { screenshot } from './screenshot';
import { expectedExports, workspaceUri } from './testWorkspace';
import { sleep } from './waitFor';
import { wirelens } from './wirelensApi';

interface Token { line: number; char: number; length: number; type: string; modifiers: string[]; text: string }

const ENTITY_TYPES = ['person', 'organisation', 'place', 'newsEvent', 'other'];
/** What holds an Arabic word together: a token boundary between two of these would break letter joining. */
const JOINING = /[\p{M}\u0640\u200C\u200D]|(?=\p{Script=Arabic})\p{L}/u;

async function tokensOf(uri: vscode.Uri): Promise<Token[]> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
  const result = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
  assert.ok(legend && result, `no semantic tokens for ${uri.path}`);
  const tokens: Token[] = [];
  let line = 0, char = 0;
  for (let i = 0; i < result.data.length; i += 5) {
    const [dLine, dChar, length, type, bits] = result.data.slice(i, i + 5);
    line += dLine;
    char = dLine === 0 ? char + dChar : dChar;
    const modifiers = legend.tokenModifiers.filter((_, k) => bits & (1 << k));
    tokens.push({ line, char, length, type: legend.tokenTypes[type], modifiers, text: doc.lineAt(line).text.substr(char, length) });
  }
  return tokens;
}

/** The line holding `needle` (after `lineStartsWith`, when given) and the UTF-16 column where `needle` starts. */
function find(doc: vscode.TextDocument, needle: string, lineStartsWith = ''): { line: number; char: number } {
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineAt(line).text;
    if (text.startsWith(lineStartsWith) && text.includes(needle)) return { line, char: text.indexOf(needle) };
  }
  throw new Error(`${JSON.stringify(needle)} is not in ${doc.uri.path}`);
}

function tokenAt(tokens: Token[], at: { line: number; char: number }): Token | undefined {
  return tokens.find(t => t.line === at.line && t.char === at.char);
}

suite('semantic tokens', () => {
  suiteSetup(async () => { await wirelens(); });

  test('the legend lists the Wirelens token types and modifiers', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('01-ar-aa-dateline.wire'));
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.deepStrictEqual(legend?.tokenTypes, ['person', 'organisation', 'place', 'newsEvent', 'other', 'speaker', 'cue', 'quote']);
    assert.deepStrictEqual(legend?.tokenModifiers, ['declaration', 'speaker', 'manual', 'term']);
  });

  test('an Arabic article: a place after a clitic is one token from the start of its word; a cue is a cue', async () => {
    const uri = workspaceUri('01-ar-aa-dateline.wire');
    const doc = await vscode.workspace.openTextDocument(uri);
    const tokens = await tokensOf(uri);
    const iraq = tokenAt(tokens, find(doc, 'العراق'));
    assert.deepStrictEqual(iraq && [iraq.type, iraq.text, iraq.modifiers], ['place', 'العراق', ['declaration']]);
    const belgium = tokenAt(tokens, find(doc, 'وبلجيكا'));
    assert.deepStrictEqual(belgium && [belgium.type, belgium.text], ['place', 'وبلجيكا']);
    const cue = tokenAt(tokens, find(doc, 'قائلًا'));
    assert.deepStrictEqual(cue && [cue.type, cue.text], ['cue', 'قائلًا']);
  });

  test('an Arabic speaker: the mention a quote is attributed to is an entity token with the speaker modifier', async () => {
    const { doc, entity, mention } = await attributedArabicQuote();
    const at = positionOfCodePoint(doc, mention.start);
    // The token may start earlier, at a clitic glued to the name.
    const token = (await tokensOf(doc.uri)).find(t => t.line === at.line && t.char <= at.character && at.character < t.char + t.length);
    const type = { PERSON: 'person', ORG: 'organisation', GPE: 'place', LOC: 'place', EVENT: 'newsEvent', OTHER: 'other' }[entity.type];
    assert.strictEqual(token?.type, type, `${doc.uri.path}: ${JSON.stringify(token)}`);
    assert.ok(token.text.endsWith(mention.text), `${JSON.stringify(token.text)} is not the word of ${JSON.stringify(mention.text)}`);
    assert.ok(token?.modifiers.includes('speaker'), `modifiers: ${token?.modifiers}`);
  });

  test('an English article: people, organisations and places at their positions', async () => {
    const uri = workspaceUri('06-en-reuters.wire');
    const doc = await vscode.workspace.openTextDocument(uri);
    const tokens = await tokensOf(uri);
    const expect = (needle: string, type: string) => {
      const token = tokenAt(tokens, find(doc, needle));
      assert.deepStrictEqual(token && [token.type, token.text], [type, needle], `${needle}: ${JSON.stringify(token)}`);
      return token;
    };
    expect('Reuters', 'organisation');
    expect('France', 'place');
    assert.ok(expect('Marc Delvaux', 'person')?.modifiers.includes('speaker'));
    const quote = tokens.find(t => t.type === 'quote' && t.text.startsWith('"A European levy'));
    assert.ok(quote, 'the quoted speech is a quote token');
  });

  test('after an emoji, columns count UTF-16 units, not code points', async () => {
    const uri = workspaceUri('09-ar-mixed-emoji.wire');
    const doc = await vscode.workspace.openTextDocument(uri);
    const tokens = await tokensOf(uri);
    assert.ok(doc.lineAt(0).text.startsWith('🇹🇷'), 'the headline starts with a flag (four UTF-16 units, two code points)');
    const istanbul = tokenAt(tokens, find(doc, 'إسطنبول'));
    assert.deepStrictEqual(istanbul && [istanbul.type, istanbul.text], ['place', 'إسطنبول']);
    const basra = tokenAt(tokens, find(doc, 'والبصرة'));
    assert.deepStrictEqual(basra && [basra.type, basra.text], ['place', 'والبصرة']);
    // A quotation with 😀 inside: its last token ends on the closing mark, two UTF-16 units further than code points count.
    const close = find(doc, 'حول العالم”');
    const last = tokens.filter(t => t.line === close.line && t.type === 'quote').at(-1);
    assert.strictEqual(last && last.char + last.length, close.char + 'حول العالم”'.length);
  });

  test('in every Arabic and Persian fixture, tokens are disjoint and never start or end inside a word', async () => {
    const articles = (await expectedExports()).map(e => e.article).filter(a => /^\d+-(ar|fa)-/.test(a));
    assert.ok(articles.length >= 8, `only ${articles.length} Arabic-script fixtures`);
    const problems: string[] = [];
    for (const article of articles) {
      const doc = await vscode.workspace.openTextDocument(workspaceUri(article));
      const tokens = await tokensOf(doc.uri);
      if (tokens.length === 0) problems.push(`${article}: no tokens`);
      tokens.forEach((t, i) => {
        const prev = tokens[i - 1];
        if (prev && prev.line === t.line && prev.char + prev.length > t.char) problems.push(`${article}: ${prev.text} overlaps ${t.text}`);
        const text = doc.lineAt(t.line).text;
        for (const at of [t.char, t.char + t.length]) {
          if (at > 0 && at < text.length && JOINING.test(text[at - 1]) && JOINING.test(text[at])) problems.push(`${article}:${t.line + 1}: ${t.type} ${JSON.stringify(t.text)} cuts a word`);
        }
      });
    }
    assert.deepStrictEqual(problems, []);
  });

  test('Toggle Entity Colouring removes the entity tokens and brings them back', async () => {
    const uri = workspaceUri('01-ar-aa-dateline.wire');
    const config = () => vscode.workspace.getConfiguration('wirelens');
    try {
      assert.strictEqual(await vscode.commands.executeCommand('wirelens.toggleEntityColours'), false);
      assert.strictEqual(config().get('colourEntities'), false);
      const without = await tokensOf(uri);
      assert.deepStrictEqual(without.filter(t => ENTITY_TYPES.includes(t.type)).map(t => t.text), []);
      assert.ok(without.some(t => t.type === 'quote'), 'quotes stay highlighted');
      assert.strictEqual(await vscode.commands.executeCommand('wirelens.toggleEntityColours'), true);
      const again = await tokensOf(uri);
      assert.ok(again.some(t => t.type === 'place'), 'places are back');
    } finally {
      await config().update('colourEntities', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('screenshot: an Arabic article with semantic highlighting', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('01-ar-aa-dateline.wire'));
    await vscode.window.showTextDocument(doc);
    await sleep(500); // the editor asks for tokens after it has rendered
    await screenshot('semantic-ar');
  });
});

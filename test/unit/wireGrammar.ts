// Loads syntaxes/wire.tmLanguage.json the way VS Code does (vscode-textmate over the WASM build of
// Oniguruma) so the grammar tests see exactly the tokens the editor would colour.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

/** The bundled tests run from out/unit/. */
export const repoRoot = path.resolve(__dirname, '../..');
export const readRepoFile = (relative: string): string => fs.readFileSync(path.join(repoRoot, relative), 'utf8');

export const WIRE_SCOPE = 'text.wire';
const GRAMMAR_PATH = 'syntaxes/wire.tmLanguage.json';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Outermost first, without the root `text.wire`. */
  readonly scopes: readonly string[];
}

export interface TokenizedLine {
  readonly tokens: readonly Token[];
  readonly stoppedEarly: boolean;
  readonly state: textmate.StateStack;
}

export class WireGrammar {
  constructor(private readonly grammar: textmate.IGrammar) {}

  /** Tokens of one line, clipped to the line (vscode-textmate's last token also covers the `\n` it appends). */
  tokenizeLine(line: string, state: textmate.StateStack = textmate.INITIAL): TokenizedLine {
    const r = this.grammar.tokenizeLine(line, state);
    const tokens: Token[] = [];
    for (const t of r.tokens) {
      const end = Math.min(t.endIndex, line.length);
      if (end <= t.startIndex) continue;
      tokens.push({ start: t.startIndex, end, text: line.slice(t.startIndex, end), scopes: t.scopes.slice(1) });
    }
    return { tokens, stoppedEarly: r.stoppedEarly, state: r.ruleStack };
  }

  /** The binary form VS Code itself asks for; only for timing. */
  tokenizeLineBinary(line: string): { tokenCount: number; stoppedEarly: boolean } {
    const r = this.grammar.tokenizeLine2(line, textmate.INITIAL);
    return { tokenCount: r.tokens.length / 2, stoppedEarly: r.stoppedEarly };
  }
}

let loading: Promise<WireGrammar> | undefined;

export function loadWireGrammar(): Promise<WireGrammar> {
  loading ??= (async () => {
    const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === WIRE_SCOPE ? textmate.parseRawGrammar(readRepoFile(GRAMMAR_PATH), path.join(repoRoot, GRAMMAR_PATH)) : null,
    });
    const grammar = await registry.loadGrammar(WIRE_SCOPE);
    if (!grammar) throw new Error(`no grammar for ${WIRE_SCOPE}`);
    return new WireGrammar(grammar);
  })();
  return loading;
}

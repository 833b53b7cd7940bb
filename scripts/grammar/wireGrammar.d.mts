// Types of wireGrammar.mjs for the unit tests.
export declare function buildWireGrammar(): Record<string, unknown>;
export declare function renderWireGrammar(): string;

// Types of l10nMessages.mjs for the unit tests.
export declare function l10nMessages(dir: string): { messages: string[]; nonLiteral: string[] };
export declare function placeholders(message: string): string[];

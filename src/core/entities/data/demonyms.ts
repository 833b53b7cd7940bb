export const DEMONYMS: readonly string[] = [];

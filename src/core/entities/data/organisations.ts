export const ORGANISATIONS: readonly string[] = [];

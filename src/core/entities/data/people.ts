export const PEOPLE: readonly string[] = [];

export const COUNTRY_ALIASES: readonly string[] = [];

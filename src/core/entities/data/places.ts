export const PLACES: readonly string[] = ['GPE|Baghdad|بغداد'];

export const GIVEN_NAMES_AR: readonly string[] = ['محمد'];
export const AMBIGUOUS_GIVEN_NAMES_AR: readonly string[] = [];
export const GIVEN_NAMES_LATIN: readonly string[] = [];

/** The kinds of entry the catalogue holds. */
export const practiceKinds = [
  'buena-practica',
  'leccion-aprendida',
  'leccion-no-aprendida',
  'practica',
] as const;
export type PracticeKind = (typeof practiceKinds)[number];

/** The kinds printed in the IOM catalogue, whose codes follow `BP<n>_<AREA>`. */
export const catalogueKindPrefixes = {
  'buena-practica': 'BP',
  'leccion-aprendida': 'LA',
  'leccion-no-aprendida': 'LN',
} as const satisfies Partial<Record<PracticeKind, string>>;

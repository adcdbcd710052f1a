// How similar wishes are ranked and which are worth showing (pure, unit-tested):
// the text counts most; the same building and the same category add to it.
// Chinese trigram similarities run lower than English ones (two short sentences
// about the same broken lamp score about 0.15–0.4), hence the low floor.

/** Below this trigram similarity two texts share too little to call them alike. */
export const MIN_TEXT_SIMILARITY = 0.12;

export interface SimilaritySignals {
  /** pg_trgm similarity of the two texts, 0…1. */
  textSimilarity: number;
  sameCategory: boolean;
  sameBuilding: boolean;
}

export function similarityScore(w: SimilaritySignals): number {
  return w.textSimilarity + (w.sameCategory ? 0.15 : 0) + (w.sameBuilding ? 0.25 : 0);
}

/** Worth showing: the texts read alike, or the same building asks about the same thing. */
export function isSimilarEnough(w: SimilaritySignals): boolean {
  return w.textSimilarity >= MIN_TEXT_SIMILARITY || (w.sameBuilding && w.sameCategory);
}

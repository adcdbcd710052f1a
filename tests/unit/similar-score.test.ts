import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isSimilarEnough, MIN_TEXT_SIMILARITY, similarityScore } from "@/lib/wishes/similar-score";

const signals = fc.record({
  textSimilarity: fc.double({ min: 0, max: 1, noNaN: true }),
  sameCategory: fc.boolean(),
  sameBuilding: fc.boolean(),
});

describe("similar wishes: ranking", () => {
  it("shows alike texts, and the same building's same category whatever the text", () => {
    const none = { sameCategory: false, sameBuilding: false };
    expect(isSimilarEnough({ textSimilarity: MIN_TEXT_SIMILARITY, ...none })).toBe(true);
    expect(isSimilarEnough({ textSimilarity: 0.05, ...none })).toBe(false);
    expect(isSimilarEnough({ textSimilarity: 0, sameCategory: true, sameBuilding: true })).toBe(true);
    // One of the two alone is not enough without the text.
    expect(isSimilarEnough({ textSimilarity: 0.05, sameCategory: true, sameBuilding: false })).toBe(false);
    expect(isSimilarEnough({ textSimilarity: 0.05, sameCategory: false, sameBuilding: true })).toBe(false);
  });

  it("never ranks a wish lower for sharing more: text, building and category each only add", () => {
    fc.assert(
      fc.property(signals, fc.double({ min: 0, max: 1, noNaN: true }), (w, more) => {
        const closer = { ...w, textSimilarity: Math.max(w.textSimilarity, more) };
        expect(similarityScore(closer)).toBeGreaterThanOrEqual(similarityScore(w));
        expect(similarityScore({ ...w, sameBuilding: true })).toBeGreaterThanOrEqual(similarityScore(w));
        expect(similarityScore({ ...w, sameCategory: true })).toBeGreaterThanOrEqual(similarityScore(w));
      }),
    );
  });

  it("puts the same building above the same category for equal texts", () => {
    const base = { textSimilarity: 0.2 };
    expect(similarityScore({ ...base, sameBuilding: true, sameCategory: false })).toBeGreaterThan(
      similarityScore({ ...base, sameBuilding: false, sameCategory: true }),
    );
  });
});

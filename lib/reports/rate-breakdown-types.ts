// The three rates split by category and by receiving unit (转办承办单位).
import type { RateCounts, ThreeRates } from "./three-rates";

export interface RateBreakdownRow {
  /** A WishCategory, an organisation id, or null (no category / not referred to a unit). */
  key: string | null;
  /** The unit's name (and English name); null for categories. */
  name: string | null;
  nameEn: string | null;
  counts: RateCounts;
  rates: ThreeRates;
}

export interface RateBreakdown {
  byCategory: RateBreakdownRow[];
  byUnit: RateBreakdownRow[];
}

// Form values → MarketDay columns, shared by create and update.
import type { MarketDayFormValues } from "./market-day-form-schema";

export function marketDayColumns(values: MarketDayFormValues) {
  return {
    slug: values.slug,
    title: values.title,
    titleEn: values.titleEn,
    theme: values.theme,
    themeEn: values.themeEn,
    startsAt: values.startsAt,
    endsAt: values.endsAt,
    place: values.place,
    placeEn: values.placeEn,
    address: values.address,
    addressEn: values.addressEn,
    // Decimal(9,6): a string keeps the typed digits exact.
    latitude: values.latitude === null ? null : values.latitude.toFixed(6),
    longitude: values.longitude === null ? null : values.longitude.toFixed(6),
    description: values.description,
    descriptionEn: values.descriptionEn,
    visitorCount: values.visitorCount,
  };
}

/** The one unique index a market-day write can violate besides its id. */
export const MARKET_DAY_SLUG_INDEX = "MarketDay_slug_key";

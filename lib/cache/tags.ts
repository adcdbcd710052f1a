// Cache tags of the public portal. Query functions declare them with cacheTag();
// invalidatePublicContent() revalidates them when staff change content. A page
// cached from several queries carries all their tags, so a change reaches exactly
// the pages that show the changed record.
export const cacheTags = {
  /** Lists of market days (home, /market-days, calendar, feed). */
  marketDays: "market-days",
  marketDay: (id: string) => `market-day:${id}`,
  /** The stall directory and its searches. */
  stalls: "stalls",
  stall: (id: string) => `stall:${id}`,
  /** The community's search synonyms: every directory search that looked them up. */
  searchSynonyms: "search-synonyms",
  /** The list of partner units. */
  organizations: "organizations",
  organization: (id: string) => `organization:${id}`,
  /** Wish figures shown publicly (home page, market-day outcomes). */
  wishFigures: "wish-figures",
  /** The public joint-council page: held meetings, topics and decisions. */
  council: "council",
  /** The community's own settings shown publicly (office phone and hours). */
  community: "community",
} as const;

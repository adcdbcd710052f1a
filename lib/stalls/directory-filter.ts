// The stall directory's filters. Residents submit a plain GET form
// (/stalls?audience=elderly&category=health&q=理发), which works with JavaScript
// off. The proxy turns audience and category into one path segment
// (/stalls/search/<segment>) so each filtered page can be cached like any
// other page. Free text (q) is not: a search page (/stalls/find/<segment>?q=…)
// is rendered per request, as any distinct text would otherwise be a new entry.
import { z } from "zod";
import { Audience, StallCategory } from "@/lib/db/generated/enums";

const kebab = (value: string) => value.toLowerCase().replace(/_/g, "-");

import { audienceFilters, type AudienceFilter } from "./audience-filters";

export { audienceFilters, type AudienceFilter };

export const categoryFilters = Object.values(StallCategory).map(kebab) as readonly string[];

export const QUERY_MAX_LENGTH = 40;

export interface DirectoryFilter {
  audience: AudienceFilter | null;
  category: StallCategory | null;
  q: string;
}

const audienceSchema = z.enum(audienceFilters);

export function audienceToEnum(value: AudienceFilter): Audience {
  return value.toUpperCase().replace(/-/g, "_") as Audience;
}

export function categoryToParam(value: StallCategory): string {
  return kebab(value);
}

function parseCategory(value: string | null): StallCategory | null {
  if (!value) return null;
  const upper = value.toUpperCase().replace(/-/g, "_");
  return (Object.values(StallCategory) as string[]).includes(upper) ? (upper as StallCategory) : null;
}

/**
 * Normalised, single-spaced and at most QUERY_MAX_LENGTH UTF-16 units (what the
 * search box's maxlength counts). Trimmed again after the cut, and never cut
 * inside a surrogate pair: a trailing space or half an emoji would not survive
 * the trip through the URL, so the same search would get two cache entries.
 */
function cleanQuery(raw: string): string {
  let q = raw.normalize("NFKC").replace(/\s+/g, " ").trim().slice(0, QUERY_MAX_LENGTH);
  if (/[\uD800-\uDBFF]$/.test(q)) q = q.slice(0, -1);
  return q.trim();
}

/** Unknown or malformed values are dropped rather than rejected: a filter never errors. */
export function parseDirectoryFilter(params: URLSearchParams): DirectoryFilter {
  const audience = audienceSchema.safeParse(params.get("audience"));
  const q = cleanQuery(params.get("q") ?? "");
  return {
    audience: audience.success ? audience.data : null,
    category: parseCategory(params.get("category")),
    q,
  };
}

export function isEmptyFilter(filter: DirectoryFilter): boolean {
  return !filter.audience && !filter.category && !filter.q;
}

/** Canonical query string: same filter, same cache entry. */
export function filterToSearch(filter: DirectoryFilter): string {
  const params = new URLSearchParams();
  if (filter.audience) params.set("audience", filter.audience);
  if (filter.category) params.set("category", categoryToParam(filter.category));
  if (filter.q) params.set("q", filter.q);
  return params.toString();
}

export function filterToSegment(filter: DirectoryFilter): string {
  return encodeURIComponent(filterToSearch(filter) || "all");
}

export function filterFromSegment(segment: string): DirectoryFilter {
  let decoded = "";
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    decoded = "";
  }
  return parseDirectoryFilter(new URLSearchParams(decoded === "all" ? "" : decoded));
}

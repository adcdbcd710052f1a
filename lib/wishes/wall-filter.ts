// The public wall's filter (/wishes?marketDay=…&state=…&after=…): a plain GET
// form, so it works with JavaScript off. `after` is a keyset cursor (createdAt
// and id of the last wish shown), never an offset: a page stays the same while
// new wishes arrive, and page 50 costs what page 1 costs.
import { WishStatus } from "@/lib/db/generated/enums";

export const WALL_PAGE_SIZE = 20;

export interface WallCursor {
  /** createdAt in epoch milliseconds (the column has millisecond precision). */
  at: number;
  id: string;
}

export interface WallFilter {
  marketDay: string | null;
  state: WishStatus | null;
  after: WallCursor | null;
}

type Query = Record<string, string | string[] | undefined>;

function one(query: Query, key: string): string {
  const value = query[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

const SLUG = /^[a-z0-9-]{1,100}$/;
const CURSOR = /^(\d{1,15})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function encodeCursor(cursor: WallCursor): string {
  return `${cursor.at}.${cursor.id}`;
}

export function decodeCursor(value: string): WallCursor | null {
  const match = CURSOR.exec(value.toLowerCase());
  return match ? { at: Number(match[1]), id: match[2]! } : null;
}

/** Unknown values are dropped, not rejected: an old or mangled link still shows the wall. */
export function parseWallFilter(query: Query): WallFilter {
  const slug = one(query, "marketDay").toLowerCase();
  const state = one(query, "state").toUpperCase();
  return {
    marketDay: SLUG.test(slug) ? slug : null,
    state: (Object.values(WishStatus) as string[]).includes(state) ? (state as WishStatus) : null,
    after: decodeCursor(one(query, "after")),
  };
}

/** The query string of a filter (without "?"), for links; `after` only when given. */
function wallSearch(filter: Pick<WallFilter, "marketDay" | "state">, after?: WallCursor | null): string {
  const params = new URLSearchParams();
  if (filter.marketDay) params.set("marketDay", filter.marketDay);
  if (filter.state) params.set("state", filter.state.toLowerCase());
  if (after) params.set("after", encodeCursor(after));
  return params.toString();
}

export function wallPath(filter: Pick<WallFilter, "marketDay" | "state">, after?: WallCursor | null): string {
  const search = wallSearch(filter, after);
  return search ? `/wishes?${search}` : "/wishes";
}

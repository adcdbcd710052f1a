// The CSV export's filter: the inbox's (state, kind, category, marketDay, from, to),
// read from the query string. Values are accepted in the URL's lower-case or
// kebab-case forms as well as the enum names; unknown values are dropped.
import { WishCategory, WishKind, WishStatus } from "@/lib/db/generated/enums";
import { isCalendarDay } from "./report-scope";

type Query = Record<string, string | string[] | undefined> | URLSearchParams;

export interface ExportFilter {
  state: WishStatus | null;
  kind: WishKind | null;
  category: WishCategory | null;
  /** Market day: its id (the inbox's links) or its slug (the report page's). */
  marketDay: string | null;
  /** Calendar days in Asia/Shanghai, inclusive. */
  from: string | null;
  to: string | null;
}

function one(query: Query, key: string): string {
  if (query instanceof URLSearchParams) return query.get(key)?.trim() ?? "";
  const value = query[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function enumValue<T extends string>(values: Record<string, T>, raw: string): T | null {
  const name = raw.toUpperCase().replace(/-/g, "_");
  return (Object.values(values) as string[]).includes(name) ? (name as T) : null;
}

// A uuid also matches this pattern; the export's query tells the two apart (isUuid).
const SLUG = /^[a-z0-9-]{1,100}$/;

export function parseExportFilter(query: Query): ExportFilter {
  const slug = one(query, "marketDay").toLowerCase();
  const from = one(query, "from");
  const to = one(query, "to");
  return {
    state: enumValue(WishStatus, one(query, "state")),
    kind: enumValue(WishKind, one(query, "kind")),
    category: enumValue(WishCategory, one(query, "category")),
    marketDay: SLUG.test(slug) ? slug : null,
    from: isCalendarDay(from) ? from : null,
    to: isCalendarDay(to) ? to : null,
  };
}

/** The filter as non-personal audit detail: only the values that were set. */
export function filterDetail(filter: ExportFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== null));
}

// The staff inbox's filter (/admin/wishes?state=…&q=…&cursor=…): a plain GET
// form, so it works without JavaScript. Nothing here may carry personal data:
// the text search looks at the wish's content only (a phone typed there would
// sit in the URL, so the form offers no phone search at all). Unknown or
// malformed values are dropped rather than rejected: an old link still opens.
import { z } from "zod";
import { WishCategory, WishKind, WishStatus } from "@/lib/db/generated/enums";

export const INBOX_PAGE_SIZE = 25;
export const INBOX_SEARCH_MAX = 50;

export interface InboxCursor {
  /** The urgency rank of the last row (lib/wishes/inbox-order.ts); 0 in the "needed" order. */
  rank: number;
  /** createdAt (neededAt in the "needed" order) in epoch milliseconds (the columns have millisecond precision). */
  at: number;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque to the browser: base64url of "rank.millis.id". */
export function encodeInboxCursor(cursor: InboxCursor): string {
  return Buffer.from(`${cursor.rank}.${cursor.at}.${cursor.id}`, "utf8").toString("base64url");
}

export function decodeInboxCursor(value: string | undefined): InboxCursor | null {
  if (!value || value.length > 120) return null;
  const text = Buffer.from(value, "base64url").toString("utf8");
  // A link from before the urgency order ("millis.id") goes on among the rest (rank 2).
  const match = /^(?:([0-2])\.)?(\d{1,15})\.(.+)$/.exec(text);
  if (!match || !UUID.test(match[3]!)) return null;
  return { rank: match[1] === undefined ? 2 : Number(match[1]), at: Number(match[2]), id: match[3]! };
}

/** Seven or more digits in a row, once spaces and hyphens are gone. */
function looksLikePhone(text: string): boolean {
  return /\d{7,}/.test(text.replace(/[\s\-()]/g, ""));
}

const first = (v: unknown): unknown => (Array.isArray(v) ? (v as unknown[])[0] : v);
const trimmed = (v: unknown) => {
  const value = first(v);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};
const upper = (v: unknown) => trimmed(v)?.toUpperCase();
/** A value that fails its rule becomes "not filtered", never an error page. */
const lenient = <T extends z.ZodType>(schema: T, pre: (v: unknown) => unknown = trimmed) =>
  z.preprocess(pre, schema.optional()).catch(undefined);

export const inboxFilterSchema = z.object({
  state: lenient(z.enum(WishStatus), upper),
  kind: lenient(z.enum(WishKind), upper),
  category: lenient(z.enum(WishCategory), upper),
  marketDay: lenient(z.uuid()),
  stall: lenient(z.uuid()),
  overdue: z.preprocess((v) => first(v) === "1" || first(v) === "on", z.boolean()).catch(false),
  reply: lenient(z.enum(["with", "without"])),
  // "待审核上墙": public wishes waiting for staff review (lib/wishes/moderate-wall.ts).
  wall: lenient(z.enum(["pending"])),
  // The default order is by urgency (inbox-order.ts); "needed" lists assistance
  // requests by when help is needed, from today on.
  sort: lenient(z.enum(["needed"])),
  // Searched as typed: contents are stored as typed too, so normalising only the
  // query (NFKC turns "，" into ",") would miss text copied from a wish.
  // Something that looks like a phone number is dropped, so it is at least never
  // echoed into the next-page links or searched for (contents hold no phones).
  q: lenient(z.string().max(200), (v) => {
    const q = trimmed(v)?.slice(0, INBOX_SEARCH_MAX);
    return q && looksLikePhone(q.normalize("NFKC")) ? undefined : q;
  }),
  cursor: z.preprocess((v) => decodeInboxCursor(trimmed(v)) ?? undefined, z.custom<InboxCursor>().optional()),
  // "Find by phone" is on: the number itself never enters the URL, only this flag;
  // its keyed hash waits in a short-lived cookie (see find-by-phone.ts).
  phone: z.preprocess((v) => first(v) === "1", z.boolean()).catch(false),
});

/** `phoneHash` is set by the page from the lookup cookie, never parsed from the URL. */
export type InboxFilter = z.infer<typeof inboxFilterSchema> & { phoneHash?: string };

export function parseInboxFilter(query: Record<string, string | string[] | undefined>): InboxFilter {
  return inboxFilterSchema.parse(query);
}

/** The query string (without "?") of a filter, optionally for the page after `cursor`. */
export function inboxSearch(
  filter: InboxFilter,
  cursor?: InboxCursor | null,
  overrides: Partial<InboxFilter> = {},
): string {
  const f = { ...filter, ...overrides };
  const params = new URLSearchParams();
  if (f.state) params.set("state", f.state.toLowerCase());
  if (f.kind) params.set("kind", f.kind.toLowerCase());
  if (f.category) params.set("category", f.category.toLowerCase());
  if (f.marketDay) params.set("marketDay", f.marketDay);
  if (f.stall) params.set("stall", f.stall);
  if (f.overdue) params.set("overdue", "1");
  if (f.reply) params.set("reply", f.reply);
  if (f.wall) params.set("wall", f.wall);
  if (f.sort) params.set("sort", f.sort);
  if (f.q) params.set("q", f.q);
  if (f.phone) params.set("phone", "1");
  if (cursor) params.set("cursor", encodeInboxCursor(cursor));
  return params.toString();
}

/** Escapes LIKE wildcards so "50%" and "a_b" match literally (backslash is the default escape). */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

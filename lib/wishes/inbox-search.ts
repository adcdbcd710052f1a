// The inbox's one search box (issue 16): a tracking code, a phone number or
// words, told apart here. It posts, so a code or a phone never reaches an
// address or a log line: a code opens its wish (the address names the wish's
// id only), a phone becomes a keyed hash in a short-lived cookie
// (find-by-phone.ts), and only words go into the inbox's ?q=, as before.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { INBOX_SEARCH_MAX, inboxSearch, parseInboxFilter } from "./inbox-filter";
import { lookUpPhone } from "./find-by-phone";
import { normalizeTrackingCode, TRACKING_CODE_LENGTH } from "./tracking-code";

export const inboxSearchSchema = z.object({
  q: z.string().max(500).catch(""),
  /** The inbox's other filters (its query string), kept for a word search. */
  filter: z.string().max(1000).catch(""),
});

export type InboxSearchResult =
  | { kind: "wish"; id: string }
  | { kind: "codeNotFound" }
  | { kind: "phone"; hash: string }
  | { kind: "phoneInvalid" }
  /** The inbox's query string with the words in it. */
  | { kind: "words"; query: string };

/** Seven or more digits in a row once spaces and hyphens are gone: meant as a phone. */
function meantAsPhone(text: string): boolean {
  return /\d{7,}/.test(text.normalize("NFKC").replace(/[\s\-()+]/g, ""));
}

export async function searchInbox(
  actor: Actor | null,
  input: z.infer<typeof inboxSearchSchema>,
  context: { ipKey?: string } = {},
): Promise<InboxSearchResult> {
  assertCan(actor, "wish.view");
  const text = input.q.trim();
  const code = normalizeTrackingCode(text);
  // A code has digits and letters from its own alphabet only; words do not
  // (the alphabet has no I, L or O), so one test tells them apart.
  if (code?.length === TRACKING_CODE_LENGTH && !/^\d+$/.test(code)) {
    const wish = await db.wish.findFirst({
      where: { trackingCode: code, communityId: actor.communityId },
      select: { id: true },
    });
    return wish ? { kind: "wish", id: wish.id } : { kind: "codeNotFound" };
  }
  if (meantAsPhone(text)) {
    const found = await lookUpPhone(actor, text, context);
    return found.ok ? { kind: "phone", hash: found.hash } : { kind: "phoneInvalid" };
  }
  const filter = parseInboxFilter(Object.fromEntries(new URLSearchParams(input.filter)));
  const q = text.slice(0, INBOX_SEARCH_MAX) || undefined;
  return { kind: "words", query: inboxSearch({ ...filter, q, phone: false, cursor: undefined }) };
}

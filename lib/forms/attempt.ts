// The [attempt] route segment of a page whose forms post to a fresh path when
// JavaScript is off (see lib/forms/postback.ts for why): a malformed segment is
// no page, and the page is read per request. Used by the dashboard's wish pages
// and the resident's /wishes/new/[attempt].
import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { isUuid } from "@/lib/uuid";
import { postbackAttempt } from "./postback";

/**
 * The attempt a page under [attempt] gives its forms: its own when this render
 * answers a post (the state arrives intact here), a fresh one when the page was
 * opened any other way (a GET may have left a shell on this path).
 */
export async function attemptOf(attempt: string): Promise<string> {
  if (!isUuid(attempt)) notFound();
  await connection();
  return postbackAttempt(attempt);
}

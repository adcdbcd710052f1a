// Where a form posts when JavaScript is off. With Cache Components, Next renders
// the page answering a no-JavaScript Server Action by resuming that path's cached
// static shell, and React's resume cannot take the action's state (Next 16.4,
// React 19.3): the form would come back empty, its messages and typed text gone.
// A path never rendered for a GET has no cached shell, so such a form posts to a
// fresh one (useActionState's permalink): a page under an [attempt] segment that
// renders the same body. See components/wish-form/wish-form-page.tsx.
import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { isUuid } from "@/lib/uuid";

/**
 * The attempt a page under [attempt] gives its forms: its own when this render
 * answers a post (the state arrives intact here), a fresh one when the page was
 * opened any other way (a GET may have left a shell on this path).
 */
export async function attemptOf(attempt: string): Promise<string> {
  if (!isUuid(attempt)) notFound();
  await connection();
  const request = await headers();
  // The post itself (multipart), or a Server Action call once JavaScript has loaded.
  const isPost = (request.get("content-type") ?? "").startsWith("multipart/form-data") || request.has("next-action");
  return isPost ? attempt : randomUUID();
}

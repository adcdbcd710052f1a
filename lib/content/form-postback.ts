// The address a content form posts to without JavaScript (lib/forms/postback.ts):
// its page plus an attempt, "/admin/content/stalls/new/<attempt>". The form
// pages take that optional last segment ([[...attempt]]), so one page file
// serves both the page and its forms' answers.
import "server-only";
import { notFound } from "next/navigation";
import { postbackAttempt, postbackPath } from "@/lib/forms/postback";
import { isUuid } from "@/lib/uuid";

export async function formPostback(locale: string, pagePath: string, attempt: string[] | undefined): Promise<string> {
  // The page itself, or the page and one attempt: anything longer is no page.
  if (attempt && (attempt.length !== 1 || !isUuid(attempt[0] ?? ""))) notFound();
  return postbackPath(locale, pagePath, await postbackAttempt(attempt?.[0]));
}

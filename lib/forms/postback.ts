// Where a dashboard form posts when JavaScript is off. The browser posts to
// the page it is on, and with Cache Components Next answers a post to a page
// it has a cached shell for by resuming that shell, and React's resume takes
// no form state: the page comes back without the errors or the typed text.
// So the forms of a page post to a fresh path of its own, <page>/<attempt>
// (useActionState's permalink), which has no shell; that route renders the
// same page with the action's state. The same pattern as sign-in/[attempt]
// and wishes/new/[attempt].
import "server-only";
import { headers } from "next/headers";
import { localePath } from "@/lib/i18n/paths";
import { isUuid } from "@/lib/uuid";

/**
 * The attempt a page's forms post to: `attempt` itself when this render
 * answers a post to it (the forms must name the same path for their state to
 * apply), otherwise a fresh one, since a path once opened may get a shell.
 */
export async function postbackAttempt(attempt?: string): Promise<string> {
  return attempt && isUuid(attempt) && (await isFormPost()) ? attempt : crypto.randomUUID();
}

/**
 * Whether this render answers a form: the no-JavaScript post itself
 * (multipart), or a Server Action call once JavaScript has loaded (a form sent
 * before hydration lands here too).
 */
async function isFormPost(): Promise<boolean> {
  const request = await headers();
  return (request.get("content-type") ?? "").startsWith("multipart/form-data") || request.has("next-action");
}

/** "/admin/staff" + attempt → "/en/admin/staff/<attempt>" on an English page. */
export function postbackPath(locale: string, pagePath: string, attempt: string): string {
  return localePath(locale, `${pagePath}/${attempt}`);
}

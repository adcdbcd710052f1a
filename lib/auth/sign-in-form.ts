// The sign-in form's input, what its failures say, and the only places it may
// send you next.
import { z } from "zod";
import { ActionError } from "@/lib/forms/action-error";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { localePath } from "@/lib/i18n/paths";
import type { SignInResult } from "./sign-in-staff";

/** Messages are keys under "adminAuth". */
export const signInFormSchema = z.object({
  username: z.string().trim().min(1, "signIn.errors.usernameRequired").max(64, "signIn.errors.invalid"),
  password: z.string().min(1, "signIn.errors.passwordRequired").max(1024, "signIn.errors.invalid"),
  next: z.string().max(300).optional().default(""),
});

/** The second step: a 6-digit code or a recovery code ("ABCDE-FGHJK"). */
export const secondFactorFormSchema = z.object({
  code: z.string().trim().min(1, "secondFactor.errors.codeRequired").max(64, "secondFactor.errors.invalid"),
  next: z.string().max(300).optional().default(""),
});

/** A wrong code is shown next to the field; "restart" means the password is needed again. */
export function secondStepRefusal(result: "invalid" | "restart"): ActionError {
  return result === "invalid"
    ? new ActionError("forms.errors.checkFields", { fieldErrors: { code: ["adminAuth.secondFactor.errors.invalid"] } })
    : new ActionError("adminAuth.secondFactor.errors.restart");
}

/** The sign-in page again, which asks for the code while a sign-in waits for one. */
export function secondStepPath(next: string | undefined, locale: string): string {
  const path = localePath(locale, "/admin/sign-in");
  const target = safeNextPath(next, locale);
  return target === adminHome(locale) ? path : `${path}?${new URLSearchParams({ next: target })}`;
}

/**
 * A refused sign-in as the form shows it. Unknown user, wrong password and an
 * inactive account read the same, so the form does not tell which usernames exist.
 */
export function signInRefusal(result: Extract<SignInResult, { ok: false }>): ActionError {
  return result.reason === "locked"
    ? new ActionError("adminAuth.signIn.errors.locked", {
        values: { minutes: Math.ceil(result.retryAfterSeconds / 60) },
      })
    : new ActionError("adminAuth.signIn.errors.invalid");
}

function adminHome(locale: string): string {
  return localePath(locale, "/admin");
}

/**
 * Where to go after signing in: only a dashboard path of this site (proxy.ts
 * passes the path alone). Anything else, e.g. "//evil.example" or
 * "/admin/../x", falls back to the dashboard home, so the parameter cannot be
 * used as an open redirect.
 */
export function safeNextPath(next: string | undefined | null, locale: string): string {
  if (!next || next.length > 300) return adminHome(locale);
  // The shared same-origin check first; the pattern below then narrows it to the dashboard.
  if (safeReturnPath(next, "") !== next) return adminHome(locale);
  if (!/^\/(en\/)?admin(\/[A-Za-z0-9_-]+)*\/?$/.test(next)) return adminHome(locale);
  if (/\/admin\/sign-in\/?$/.test(next)) return adminHome(locale);
  return next;
}

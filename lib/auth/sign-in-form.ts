// The sign-in form's input, state and the only places it may send you next.
import { z } from "zod";

export const signInFormSchema = z.object({
  username: z.string().trim().min(1, "signIn.errors.usernameRequired").max(64, "signIn.errors.invalid"),
  password: z.string().min(1, "signIn.errors.passwordRequired").max(1024, "signIn.errors.invalid"),
  next: z.string().max(300).optional().default(""),
  locale: z.enum(["zh-CN", "en"]).catch("zh-CN"),
});

export type SignInField = "username" | "password";

export interface SignInState {
  status: "idle" | "ok" | "error";
  fieldErrors?: Partial<Record<SignInField, string[]>>;
  formError?: string;
  /** For the "try again in N minutes" message. */
  retryAfterMinutes?: number;
  /** Typed text that survives an error; never the password. */
  values?: Record<string, string>;
}

export const initialSignInState: SignInState = { status: "idle" };

export function adminHome(locale: string): string {
  return locale === "en" ? "/en/admin" : "/admin";
}

/**
 * Where to go after signing in: only a dashboard path of this site (proxy.ts
 * passes the path alone). Anything else, e.g. "//evil.example" or
 * "/admin/../x", falls back to the dashboard home, so the parameter cannot be
 * used as an open redirect.
 */
export function safeNextPath(next: string | undefined | null, locale: string): string {
  if (!next || next.length > 300) return adminHome(locale);
  if (!/^\/(en\/)?admin(\/[A-Za-z0-9_-]+)*\/?$/.test(next)) return adminHome(locale);
  if (/\/admin\/sign-in\/?$/.test(next)) return adminHome(locale);
  return next;
}

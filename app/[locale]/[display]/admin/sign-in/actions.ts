"use server";

// Sign-in and sign-out as Server Actions, so both work with JavaScript off: the
// browser POSTs the form, the action writes (or clears) the next-auth session
// cookie and redirects with a 303.
import { redirect } from "next/navigation";
import { getActor, signInPath } from "@/lib/auth/session";
import { requestIp, requestIpKey } from "@/lib/auth/request-ip";
import { endSession, startSession } from "@/lib/auth/session-store";
import { safeNextPath, signInFormSchema, type SignInField, type SignInState } from "@/lib/auth/sign-in-form";
import { signInStaff } from "@/lib/auth/sign-in-staff";
import { recordSignOut } from "@/lib/auth/sign-out-staff";
import { signOutEverywhere } from "@/lib/staff/sign-out-everywhere";

function text(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
}

function localeOf(form: FormData): "zh-CN" | "en" {
  return text(form, "locale") === "en" ? "en" : "zh-CN";
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  // The password is never sent back to the page.
  const values = { username: text(form, "username"), next: text(form, "next") };
  const parsed = signInFormSchema.safeParse({
    username: values.username,
    password: text(form, "password"),
    next: values.next,
    locale: text(form, "locale"),
  });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<SignInField, string[]>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "username" || field === "password") (fieldErrors[field] ??= []).push(issue.message);
    }
    return { status: "error", fieldErrors, values };
  }

  let result: Awaited<ReturnType<typeof signInStaff>>;
  try {
    result = await signInStaff({ username: parsed.data.username, password: parsed.data.password, ip: await requestIp() });
  } catch {
    return { status: "error", formError: "signIn.errors.unavailable", values };
  }
  if (!result.ok) {
    return result.reason === "locked"
      ? { status: "error", formError: "signIn.errors.locked", retryAfterMinutes: Math.ceil(result.retryAfterSeconds / 60), values }
      : { status: "error", formError: "signIn.errors.invalid", values };
  }
  await startSession(result.user.id, result.loginAt);
  redirect(safeNextPath(parsed.data.next, parsed.data.locale));
}

export async function signOutAction(form: FormData): Promise<void> {
  const actor = await getActor();
  if (actor) await recordSignOut(actor, await requestIpKey());
  await endSession();
  redirect(signInPath(localeOf(form)));
}

/** Ends every session of the signed-in person, this one included. */
export async function signOutEverywhereAction(form: FormData): Promise<void> {
  const actor = await getActor();
  if (actor) await signOutEverywhere(actor, actor.id, await requestIpKey());
  await endSession();
  redirect(signInPath(localeOf(form)));
}

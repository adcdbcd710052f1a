"use server";

// Sign-in and sign-out as Server Actions, so both work with JavaScript off: the
// browser POSTs the form, the action writes (or clears) the next-auth session
// cookie and redirects with a 303.
import { redirect } from "next/navigation";
import { getActor, signInPath } from "@/lib/auth/session";
import { readKnownDevice, rememberKnownDevice } from "@/lib/auth/known-device-cookie";
import { requestIp, requestIpKey } from "@/lib/auth/request-ip";
import { endSession, startSession } from "@/lib/auth/session-store";
import { safeNextPath, signInFormSchema, signInRefusal } from "@/lib/auth/sign-in-form";
import { signInStaff } from "@/lib/auth/sign-in-staff";
import { recordSignOut } from "@/lib/auth/sign-out-staff";
import { localeOf } from "@/lib/forms/staff-action";
import { publicAction } from "@/lib/forms/public-action";
import { readForm } from "@/lib/forms/read-form";
import { signOutEverywhere } from "@/lib/staff/sign-out-everywhere";

// The public wrapper without a rate limit of its own: the lockout (ten failures
// per username and IP) is signInStaff's, checked before the password is.
export const signInAction = publicAction({
  name: "staff sign-in",
  schema: signInFormSchema,
  messages: "adminAuth",
  // The password is never sent back to the page.
  secret: ["password"],
  run: async ({ username, password, next }, { locale }) => {
    const result = await signInStaff({
      username,
      password,
      ip: await requestIp(),
      knownDevice: await readKnownDevice(),
    });
    if (!result.ok) throw signInRefusal(result);
    await startSession(result.user.id, result.loginAt);
    await rememberKnownDevice(result.knownDevice);
    return safeNextPath(next, locale);
  },
  done: (path) => redirect(path),
});

export async function signOutAction(form: FormData): Promise<void> {
  const actor = await getActor();
  if (actor) await recordSignOut(actor, await requestIpKey());
  await endSession();
  redirect(signInPath(localeOf(readForm(form))));
}

/** Ends every session of the signed-in person, this one included. */
export async function signOutEverywhereAction(form: FormData): Promise<void> {
  const actor = await getActor();
  if (actor) await signOutEverywhere(actor, actor.id, await requestIpKey());
  await endSession();
  redirect(signInPath(localeOf(readForm(form))));
}

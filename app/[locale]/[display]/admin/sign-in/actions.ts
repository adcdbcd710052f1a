"use server";

// Sign-in and sign-out as Server Actions, so both work with JavaScript off: the
// browser POSTs the form, the action writes (or clears) the next-auth session
// cookie and redirects with a 303.
import { redirect } from "next/navigation";
import { completeSecondFactor } from "@/lib/auth/complete-second-factor";
import { readKnownDevice, rememberKnownDevice } from "@/lib/auth/known-device-cookie";
import { getActor, getPendingSignIn, signInPath } from "@/lib/auth/session";
import { requestIp, requestIpKey } from "@/lib/auth/request-ip";
import { endSession, startSession } from "@/lib/auth/session-store";
import {
  safeNextPath,
  secondFactorFormSchema,
  secondStepPath,
  secondStepRefusal,
  signInFormSchema,
  signInRefusal,
} from "@/lib/auth/sign-in-form";
import { signInStaff } from "@/lib/auth/sign-in-staff";
import { abandonPendingSignIn, signOutStaff } from "@/lib/auth/sign-out-staff";
import { openStaffSession } from "@/lib/auth/staff-sessions";
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
    // With a second factor the session waits for its code: until then it is
    // nobody's session (lib/auth/actor-from-token.ts).
    const pending = result.user.mfaEnabled;
    const sessionId = await openStaffSession(result.user.id, result.loginAt, { secondFactorPending: pending });
    await startSession(sessionId, result.user.id, result.loginAt);
    // The password was right: this browser is not held by the account's pacing.
    await rememberKnownDevice(result.knownDevice);
    return pending ? secondStepPath(next, locale) : safeNextPath(next, locale);
  },
  done: (path) => redirect(path),
});

/** The code from the authenticator app (or a recovery code), after the password. */
export const secondFactorAction = publicAction({
  name: "staff sign-in second factor",
  schema: secondFactorFormSchema,
  messages: "adminAuth",
  secret: ["code"],
  run: async ({ code, next }, { locale }) => {
    const pending = await getPendingSignIn();
    if (!pending) throw secondStepRefusal("restart");
    const result = await completeSecondFactor(pending, code, await requestIpKey());
    if (result === "restart") await endSession();
    if (result !== "ok") throw secondStepRefusal(result);
    return safeNextPath(next, locale);
  },
  done: (path) => redirect(path),
});

export async function signOutAction(form: FormData): Promise<void> {
  const actor = await getActor();
  if (actor) await signOutStaff(actor, await requestIpKey());
  else await abandonPendingSignIn(await getPendingSignIn());
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

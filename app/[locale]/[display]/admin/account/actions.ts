"use server";

// A staff member's own account: password, second factor, re-authentication.
// Every one is the signed-in person acting on themselves ("account.manage",
// which every role has and an admin who must enrol a second factor keeps).
// Passwords and codes are secret: never sent back to the page.
import { z } from "zod";
import {
  changePasswordSchema,
  confirmTotpSchema,
  disableTotpSchema,
  reauthenticateSchema,
} from "@/lib/auth/account-schemas";
import { changeOwnPassword } from "@/lib/auth/change-own-password";
import { reauthenticateStaff } from "@/lib/auth/reauthenticate-staff";
import { requestIpKey } from "@/lib/auth/request-ip";
import { signOutOtherSessions } from "@/lib/auth/sign-out-other-sessions";
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from "@/lib/auth/totp-enrolment";
import type { FormState } from "@/lib/forms/form-state";
import { staffAction } from "@/lib/forms/staff-action";
import { alertSettingsSchema, updateAlertSettings } from "@/lib/staff/alert-settings";

const SECRET = ["currentPassword", "newPassword", "confirmPassword", "code"];

const ok = (message: string) => (): FormState => ({ status: "ok", message: `adminAuth.account.done.${message}` });

export const changeOwnPasswordAction = staffAction({
  name: "change own password",
  permission: "account.manage",
  schema: changePasswordSchema,
  messages: "adminAuth",
  secret: SECRET,
  run: async (actor, data) => changeOwnPassword(actor, data, await requestIpKey()),
  done: ok("passwordChanged"),
});

export const reauthenticateAction = staffAction({
  name: "re-authenticate",
  permission: "account.manage",
  schema: reauthenticateSchema,
  messages: "adminAuth",
  secret: SECRET,
  run: async (actor, data) => reauthenticateStaff(actor, data, await requestIpKey()),
  done: () => ({ status: "ok", message: "adminAuth.reauth.done" }),
});

export const signOutOtherSessionsAction = staffAction({
  name: "sign out other sessions",
  permission: "account.manage",
  schema: z.object({}),
  messages: "adminAuth",
  run: async (actor) => signOutOtherSessions(actor, await requestIpKey()),
  done: (count) => ({ status: "ok", message: "adminAuth.account.done.otherSessionsEnded", messageValues: { count } }),
});

export const startTotpEnrolmentAction = staffAction({
  name: "start second factor enrolment",
  permission: "account.manage",
  schema: z.object({}),
  messages: "adminAuth",
  run: async (actor) => startTotpEnrolment(actor),
  refreshPage: true,
  done: ok("enrolmentStarted"),
});

/** Success carries the recovery codes, shown once on the page and nowhere else. */
export const confirmTotpEnrolmentAction = staffAction<typeof confirmTotpSchema, string[], { recoveryCodes: string[] }>({
  name: "confirm second factor",
  permission: "account.manage",
  schema: confirmTotpSchema,
  messages: "adminAuth",
  secret: SECRET,
  run: async (actor, { code }) => confirmTotpEnrolment(actor, code, await requestIpKey()),
  done: (recoveryCodes) => ({
    status: "ok",
    message: "adminAuth.account.done.mfaEnabled",
    data: { recoveryCodes },
  }),
});

export const disableTotpAction = staffAction({
  name: "switch second factor off",
  permission: "account.manage",
  schema: disableTotpSchema,
  messages: "adminAuth",
  secret: SECRET,
  run: async (actor, data) => disableTotp(actor, data, await requestIpKey()),
  refreshPage: true,
  done: ok("mfaDisabled"),
});

export const updateAlertSettingsAction = staffAction({
  name: "update alert settings",
  permission: "account.manage",
  schema: alertSettingsSchema,
  messages: "adminAuth",
  run: (actor, data) => updateAlertSettings(actor, data),
  done: ok("alertsSaved"),
});

"use server";

// Staff management actions, made with the shared wrapper: session →
// staff.manage (with the named account's community) → parse → service → state.
// Passwords are secret: never sent back to the page, even after an error.
import { requestIpKey } from "@/lib/auth/request-ip";
import type { Actor } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/forms/form-state";
import { textOf, type FormInput } from "@/lib/forms/read-form";
import { staffAction } from "@/lib/forms/staff-action";
import { createStaffUser } from "@/lib/staff/create-staff-user";
import { deactivateStaffUser } from "@/lib/staff/deactivate-staff-user";
import { reactivateStaffUser } from "@/lib/staff/reactivate-staff-user";
import { resetStaffPassword } from "@/lib/staff/reset-staff-password";
import { signOutEverywhere } from "@/lib/staff/sign-out-everywhere";
import { staffUserCommunity } from "@/lib/staff/staff-community";
import { createStaffSchema, resetPasswordSchema, staffIdSchema } from "@/lib/staff/staff-schemas";

const account = (input: FormInput) => staffUserCommunity(textOf(input, "userId"));

/** The state after a change to one account: its message, and the list around the form re-rendered. */
const changed = (done: string) => ({
  refreshPage: true,
  done: (): FormState => ({ status: "ok", message: `adminStaff.done.${done}` }),
});

/** A row button: it posts one account's id, and one service changes that account. */
function rowButton(
  name: string,
  service: (actor: Actor, userId: string, ipKey: string) => Promise<void>,
  done: string,
) {
  return {
    name,
    record: account,
    schema: staffIdSchema,
    messages: "adminStaff",
    run: async (actor: Actor, { userId }: { userId: string }) => service(actor, userId, await requestIpKey()),
    ...changed(done),
  };
}

export const createStaffAction = staffAction({
  name: "create staff account",
  permission: "staff.manage",
  schema: createStaffSchema,
  messages: "adminStaff",
  secret: ["password"],
  run: async (actor, data) => createStaffUser(actor, data, await requestIpKey()),
  ...changed("created"),
});

export const deactivateStaffAction = staffAction({
  permission: "staff.manage",
  ...rowButton("deactivate staff account", deactivateStaffUser, "deactivated"),
});

export const reactivateStaffAction = staffAction({
  permission: "staff.manage",
  ...rowButton("reactivate staff account", reactivateStaffUser, "reactivated"),
});

export const signOutStaffEverywhereAction = staffAction({
  permission: "staff.manage",
  ...rowButton("sign staff out everywhere", signOutEverywhere, "signedOutEverywhere"),
});

export const resetStaffPasswordAction = staffAction({
  name: "reset staff password",
  permission: "staff.manage",
  record: account,
  schema: resetPasswordSchema,
  messages: "adminStaff",
  secret: ["password"],
  run: async (actor, data) => resetStaffPassword(actor, data, await requestIpKey()),
  ...changed("passwordReset"),
});

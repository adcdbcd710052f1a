"use server";

// Staff management actions: parse, check the actor, call the service. Each
// returns the form's state; with JavaScript off the page re-renders with it.
import { refresh } from "next/cache";
import { assertCan } from "@/lib/auth/permissions";
import { requestIpKey } from "@/lib/auth/request-ip";
import { getActor } from "@/lib/auth/session";
import { createStaffUser } from "@/lib/staff/create-staff-user";
import { deactivateStaffUser } from "@/lib/staff/deactivate-staff-user";
import { reactivateStaffUser } from "@/lib/staff/reactivate-staff-user";
import { resetStaffPassword } from "@/lib/staff/reset-staff-password";
import { signOutEverywhere } from "@/lib/staff/sign-out-everywhere";
import { staffActionError } from "@/lib/staff/staff-action-error";
import { formStrings } from "@/lib/forms/form-strings";
import {
  createStaffSchema,
  fieldErrorsOf,
  resetPasswordSchema,
  staffIdSchema,
  type StaffFormState,
} from "@/lib/staff/staff-schemas";

/** Typed text kept for the form after an error; passwords are never echoed. */
function keep(fields: Record<string, string>): Record<string, string> {
  const { password: _password, ...rest } = fields;
  return rest;
}

export async function createStaffAction(_previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  const fields = formStrings(form);
  const parsed = createStaffSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: keep(fields) };
  try {
    const actor = await getActor();
    assertCan(actor, "staff.manage");
    await createStaffUser(actor, parsed.data, await requestIpKey());
  } catch (error) {
    return staffActionError(error, keep(fields));
  }
  refresh();
  return { status: "ok", message: "done.created" };
}

type IdService = typeof deactivateStaffUser;

async function runForUser(form: FormData, service: IdService, done: string): Promise<StaffFormState> {
  const parsed = staffIdSchema.safeParse(formStrings(form));
  if (!parsed.success) return { status: "error", formError: "errors.notFound" };
  try {
    const actor = await getActor();
    assertCan(actor, "staff.manage");
    await service(actor, parsed.data.userId, await requestIpKey());
  } catch (error) {
    return staffActionError(error);
  }
  refresh();
  return { status: "ok", message: done };
}

export async function deactivateStaffAction(_previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  return runForUser(form, deactivateStaffUser, "done.deactivated");
}

export async function reactivateStaffAction(_previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  return runForUser(form, reactivateStaffUser, "done.reactivated");
}

export async function signOutStaffEverywhereAction(_previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  return runForUser(form, signOutEverywhere, "done.signedOutEverywhere");
}

export async function resetStaffPasswordAction(_previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  const fields = formStrings(form);
  const parsed = resetPasswordSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const actor = await getActor();
    assertCan(actor, "staff.manage");
    await resetStaffPassword(actor, parsed.data, await requestIpKey());
  } catch (error) {
    return staffActionError(error);
  }
  refresh();
  return { status: "ok", message: "done.passwordReset" };
}

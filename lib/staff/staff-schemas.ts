// Input of the staff management forms. Messages are i18n keys of "adminStaff".
import { z } from "zod";
import { STAFF_ROLES } from "./staff-roles";

export const MIN_PASSWORD_LENGTH = 12;

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "errors.passwordTooShort")
  .max(128, "errors.passwordTooLong");

export const createStaffSchema = z.object({
  // Stored in lower case (lib/auth/username.ts), so sign-in is case-insensitive.
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, "errors.usernameFormat"),
  displayName: z.string().trim().min(1, "errors.displayNameRequired").max(40, "errors.displayNameTooLong"),
  role: z.enum(STAFF_ROLES, { error: "errors.roleRequired" }),
  password,
});
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

export const staffIdSchema = z.object({ userId: z.uuid("errors.notFound") });

export const resetPasswordSchema = z.object({ userId: z.uuid("errors.notFound"), password });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export type StaffField = "username" | "displayName" | "role" | "password" | "userId";

export interface StaffFormState {
  status: "idle" | "ok" | "error";
  fieldErrors?: Partial<Record<StaffField, string[]>>;
  formError?: string;
  /** i18n key of "adminStaff" for a success message. */
  message?: string;
  /** Typed text that survives an error; never a password. */
  values?: Record<string, string>;
}

export const initialStaffFormState: StaffFormState = { status: "idle" };


/** zod issues → { field: [i18nKey] } for the form. */
export function fieldErrorsOf(error: z.ZodError): Partial<Record<StaffField, string[]>> {
  const out: Partial<Record<StaffField, string[]>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string") continue;
    const key = field as StaffField;
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

// Input of the staff management forms. Messages are keys relative to
// "adminStaff" (the actions pass that namespace).
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";
import { STAFF_ROLES } from "./staff-roles";

// The length here, for a message next to the field before anything else runs;
// the whole policy (common passwords, the username) is checked by the services.
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "errors.passwordTooShort")
  .max(MAX_PASSWORD_LENGTH, "errors.passwordTooLong");

const emptyToUndefined = (v: unknown) => (typeof v === "string" ? v.trim() || undefined : v);

export const createStaffSchema = z
  .object({
    // Stored in lower case (lib/auth/username.ts), so sign-in is case-insensitive.
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, "errors.usernameFormat"),
    displayName: z.string().trim().min(1, "errors.displayNameRequired").max(40, "errors.displayNameTooLong"),
    role: z.enum(STAFF_ROLES, { error: "errors.roleRequired" }),
    password,
    /** For a UNIT account only: the receiving unit it works for. */
    organizationId: z.preprocess(emptyToUndefined, z.uuid("errors.organizationRequired").optional()),
  })
  .superRefine((value, ctx) => {
    // A unit's account sees its own organisation's referrals; other roles have none.
    if (value.role === "UNIT" && !value.organizationId)
      ctx.addIssue({ code: "custom", path: ["organizationId"], message: "errors.organizationRequired" });
    if (value.role !== "UNIT" && value.organizationId)
      ctx.addIssue({ code: "custom", path: ["organizationId"], message: "errors.organizationOnlyForUnits" });
  });
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

// The account's id is checked before parsing (the action's record lookup), so
// a bad one never reaches these.
export const staffIdSchema = z.object({ userId: z.uuid() });

export const resetPasswordSchema = z.object({ userId: z.uuid(), password });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

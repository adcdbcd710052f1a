// Input of the account page's forms (a staff member's own password and second
// factor) and of re-authentication. Messages are keys under "adminAuth" (the
// actions pass that namespace). The password policy itself (zxcvbn, server
// only) is checked by the services: lib/auth/password-policy.ts.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-length";

const MAX_TYPED_PASSWORD = 1024;

const currentPassword = z
  .string()
  .min(1, "account.errors.currentPasswordRequired")
  .max(MAX_TYPED_PASSWORD, "account.errors.currentPasswordWrong");

/** A 6-digit code or a recovery code; optional where the account may have no second factor. */
const code = z.string().trim().max(64, "secondFactor.errors.invalid");

export const changePasswordSchema = z
  .object({
    currentPassword,
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, "password.tooShort").max(MAX_PASSWORD_LENGTH, "password.tooLong"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "account.errors.passwordMismatch",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const reauthenticateSchema = z.object({ currentPassword, code: code.optional().default("") });
export type ReauthenticateInput = z.infer<typeof reauthenticateSchema>;

export const confirmTotpSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "account.errors.codeFormat"),
});

export const disableTotpSchema = z.object({
  currentPassword,
  code: code.min(1, "secondFactor.errors.codeRequired"),
});
export type DisableTotpInput = z.infer<typeof disableTotpSchema>;

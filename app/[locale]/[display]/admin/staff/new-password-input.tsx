"use client";
// The password an admin sets, for a new account or a reset: the same rules in
// both forms, and never filled in again by the page.
import { TextInput } from "@/components/forms/text-fields";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";

export function NewPasswordInput({ label, hint }: { label: string; hint: string }) {
  return (
    <TextInput
      name="password"
      type="password"
      label={label}
      hint={hint}
      required
      minLength={MIN_PASSWORD_LENGTH}
      maxLength={MAX_PASSWORD_LENGTH}
      autoComplete="new-password"
    />
  );
}

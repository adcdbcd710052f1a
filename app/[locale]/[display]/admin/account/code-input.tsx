"use client";
// The code from the authenticator app, or a recovery code, wherever a form asks
// for it after the password.
import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/text-fields";

export function CodeInput({ required = true }: { required?: boolean }) {
  const t = useTranslations("adminAuth.secondFactor");
  return (
    <TextInput
      name="code"
      label={t("code")}
      hint={t("codeHint")}
      required={required}
      autoComplete="one-time-code"
      autoCapitalize="characters"
      autoCorrect="off"
      spellCheck={false}
      maxLength={64}
    />
  );
}

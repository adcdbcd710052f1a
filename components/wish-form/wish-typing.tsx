"use client";
// What the wish form's server-rendered fields need to know about what is being
// typed: the kind (the assistance fields apply to one kind only) and the length
// of the text (its live count). The form keeps it; these parts read it.
import { createContext, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/text-fields";
import { LIMITS } from "@/lib/wishes/wish-form-rules";
import { useHydrated } from "./use-hydrated";

export interface WishTyping {
  kind: string;
  contentLength: number;
}

export const WishTypingContext = createContext<WishTyping>({ kind: "", contentLength: 0 });

/** "Written 12 characters, at most 1000", inside the text's hint, once JavaScript runs. */
export function ContentCount() {
  const t = useTranslations("wishForm.content");
  const { contentLength } = useContext(WishTypingContext);
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <span className={contentLength > LIMITS.contentMax ? "block font-semibold text-brand-dark" : "block"}>
      {t("count", { count: contentLength })}
    </span>
  );
}

/**
 * The assistance fields. With JavaScript they appear only once "help getting
 * out" is chosen; without it they are always there, under a legend saying they
 * are only for that kind of request. Hidden and disabled, not unmounted: typed
 * values survive switching the kind back and forth, and a disabled field is
 * neither submitted nor checked.
 */
export function AssistanceFieldset({ children }: { children: ReactNode }) {
  const t = useTranslations("wishForm.assistance");
  const hydrated = useHydrated();
  const { kind } = useContext(WishTypingContext);
  const hidden = hydrated && kind !== "assistance";
  return (
    <fieldset hidden={hidden} disabled={hidden} className="space-y-4 rounded-lg border-2 border-brand bg-white p-4">
      <legend className="px-1 text-xl font-bold">{hydrated ? t("legend") : t("legendNoScript")}</legend>
      {children}
    </fieldset>
  );
}

/**
 * What an assistance request does not offer (anonymity: an escort is arranged by
 * phone). With JavaScript it goes away once "help getting out" is chosen;
 * without it the server's rules say so next to the box.
 */
export function NotForAssistance({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  const { kind } = useContext(WishTypingContext);
  const hidden = hydrated && kind === "assistance";
  return (
    <fieldset hidden={hidden} disabled={hidden}>
      {children}
    </fieldset>
  );
}

/**
 * The mobile number: optional, except for an assistance request, which staff
 * confirm by phone. The mark and the hint follow the chosen kind once
 * JavaScript runs; without it the hint says both.
 */
export function PhoneInput({ label, hint, assistanceHint }: { label: string; hint: string; assistanceHint: string }) {
  const hydrated = useHydrated();
  const { kind } = useContext(WishTypingContext);
  const needed = kind === "assistance";
  return (
    // Not "tel-national": WeChat's browser fills "tel" from the phone's own number.
    <TextInput
      name="phone"
      type="tel"
      inputMode="tel"
      label={label}
      hint={needed ? assistanceHint : hydrated ? hint : `${hint} ${assistanceHint}`}
      required={needed}
      autoComplete="tel"
    />
  );
}

"use client";

// "Show full contact details": an explicit, logged action. The answer lives in
// this component's state only (the Server Action's response), never in the URL.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { idleState, type FormState } from "@/lib/forms/form-state";
import type { RevealedContact } from "@/lib/wishes/reveal-contact";

type RevealAction = (previous: FormState<RevealedContact>, form: FormData) => Promise<FormState<RevealedContact>>;

export function RevealContactForm({
  wishId,
  action,
  permalink,
}: {
  wishId: string;
  action: RevealAction;
  permalink: string;
}) {
  const t = useTranslations("adminWishes");
  const [state, formAction] = useActionState(action, idleState<RevealedContact>(), permalink);
  const contact = state.status === "ok" ? state.data : undefined;
  if (contact) {
    const rows: [string, string | null][] = [
      [t("detail.name"), contact.name],
      [t("detail.phone"), contact.phone],
      [t("detail.building"), contact.building],
      [t("detail.pickupAddress"), contact.pickupAddress],
      [t("detail.destination"), contact.destination],
    ];
    return (
      <div className="space-y-2">
        <FormMessage state={state} />
        <dl className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value ?? t("detail.none")}</dd>
            </div>
          ))}
        </dl>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="wishId" value={wishId} />
      <p className="text-muted">{t("reveal.hint")}</p>
      <SubmitButton label={t("reveal.button")} />
    </form>
  );
}

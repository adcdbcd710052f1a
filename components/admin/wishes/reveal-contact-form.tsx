"use client";

// "Show full contact details": an explicit, logged action. The answer lives in
// this component's state only (the Server Action's response), never in the URL.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { RevealState } from "@/app/[locale]/[display]/admin/wishes/actions";

type RevealAction = (state: RevealState, form: FormData) => Promise<RevealState>;

export function RevealContactForm({ wishId, action }: { wishId: string; action: RevealAction }) {
  const t = useTranslations("adminWishes");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as RevealState);
  if (state.status === "ok") {
    const c = state.contact;
    const rows: [string, string | null][] = [
      [t("detail.name"), c.name],
      [t("detail.phone"), c.phone],
      [t("detail.building"), c.building],
      [t("detail.pickupAddress"), c.pickupAddress],
    ];
    return (
      <div role="status" className="rounded border-2 border-ink p-3">
        <p className="font-semibold">{t("reveal.shown")}</p>
        <dl className="mt-2 grid gap-x-4 sm:grid-cols-[10rem_1fr]">
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
      <input type="hidden" name="wishId" value={wishId} />
      <p className="text-muted">{t("reveal.hint")}</p>
      {state.status === "error" ? (
        <p role="alert" className="font-semibold text-brand">
          {t(state.formError)}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="min-h-12 rounded border-2 border-ink bg-white px-5 text-lg font-bold focus-visible:outline-4 focus-visible:outline-offset-2">
        {t("reveal.button")}
      </button>
    </form>
  );
}

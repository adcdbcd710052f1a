"use client";
// Publish and cancel, each its own small form: one tap, the outcome announced.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import type { ContentFormState } from "@/lib/content/content-form-state";
import { FormStatus } from "./form-fields";

type Action = (state: ContentFormState, form: FormData) => Promise<ContentFormState>;

export function MarketDayStatusActions({
  id,
  status,
  publishAction,
  cancelAction,
}: {
  id: string;
  status: MarketDayStatus;
  publishAction: Action;
  cancelAction: Action;
}) {
  const t = useTranslations("adminContent.marketDays");
  const [published, publish, publishing] = useActionState(publishAction, { status: "idle" });
  const [cancelled, cancel, cancelling] = useActionState(cancelAction, { status: "idle" });
  const button = "inline-flex min-h-12 items-center justify-center rounded px-6 text-lg font-semibold disabled:opacity-70";
  return (
    <div className="space-y-4">
      <FormStatus state={published} />
      <FormStatus state={cancelled} />
      <div className="flex flex-wrap gap-6">
        {status !== "PUBLISHED" ? (
          <form action={publish} className="max-w-md space-y-2">
            <input type="hidden" name="id" value={id} />
            <p id="publish-hint">{t("publishHint")}</p>
            <button type="submit" disabled={publishing} aria-describedby="publish-hint" className={`${button} bg-brand text-white hover:bg-brand-dark`}>
              {status === "CANCELLED" ? t("republish") : t("publish")}
            </button>
          </form>
        ) : null}
        {status !== "CANCELLED" ? (
          <form action={cancel} className="max-w-md space-y-2">
            <input type="hidden" name="id" value={id} />
            <p id="cancel-hint">{t("cancelHint")}</p>
            <button
              type="submit"
              disabled={cancelling}
              aria-describedby="cancel-hint"
              className={`${button} border-2 border-brand-dark bg-white text-brand-dark hover:bg-paper`}
            >
              {t("cancel")}
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}

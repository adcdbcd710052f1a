"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { idleState } from "@/lib/forms/form-state";
import { stopMessagesAction } from "./actions";

const idle = idleState<undefined>();

/**
 * "No more messages about this wish", as a button: a GET must not unsubscribe,
 * since link previews (WeChat opens every link it shows) would do it for the
 * resident.
 */
export function StopForm({
  token,
  purpose,
  locale,
  permalink,
  stopped,
}: {
  token: string;
  purpose: "reply" | "stop";
  locale: string;
  permalink: string;
  /** Already stopped when the page was read. */
  stopped: boolean;
}) {
  const t = useTranslations("track.link");
  const [state, stop] = useActionState(stopMessagesAction, idle, permalink);
  if (stopped || state.status === "ok") {
    return (
      <p role="status" className="rounded border-2 border-neutral-300 bg-white p-3 text-lg">
        {t("stopped")}
      </p>
    );
  }
  return (
    <form
      action={stop}
      aria-labelledby="stop-heading"
      className="space-y-3 rounded-lg border border-neutral-300 bg-white p-4"
    >
      <h2 id="stop-heading" className="text-xl font-bold">
        {t("stopHeading")}
      </h2>
      <p>{t("stopIntro")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="purpose" value={purpose} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton label={t("stopButton")} pendingLabel={t("stopPending")} />
    </form>
  );
}

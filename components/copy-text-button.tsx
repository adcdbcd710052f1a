"use client";
// Copies a text the page already shows: the market day's time and place, for
// browsers that cannot open its calendar file. WeChat's browser is the one
// residents meet most, but it is shown wherever the Clipboard API is, not only
// there: QQ's, Alipay's and other in-app browsers fail on the file the same way,
// and a list of user agents would miss some. Telling WeChat apart would also
// need the user agent, which this cached page cannot read on the server.
// Without JavaScript, or without the API (plain http), there is no button and
// the text stays on the page to select by hand.
//
// Reading pages carry a JavaScript budget (tests/e2e/js-budget.spec.ts): no
// next-intl here, the page hands the translated words in.
import { useState, type ReactNode } from "react";
import { useHydrated } from "./wish-form/use-hydrated";

interface Props {
  text: string;
  label: string;
  copied: string;
  failed: string;
  /** The actions shown before the button in the same row (the calendar link). */
  alongside?: ReactNode;
}

export function CopyTextButton({ text, label, copied, failed, alongside }: Props) {
  const hydrated = useHydrated();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const canCopy = hydrated && typeof navigator !== "undefined" && Boolean(navigator.clipboard);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-3">
        {alongside}
        {canCopy ? (
          <button
            type="button"
            onClick={() => void copy()}
            className="inline-flex min-h-11 items-center rounded-lg border-2 border-brand bg-white px-5 font-bold text-brand hover:bg-paper"
          >
            {label}
          </button>
        ) : null}
      </div>
      {/* Always in the page, so a screen reader hears the result of the copy. */}
      <p role="status" className="font-semibold">
        {state === "copied" ? copied : state === "failed" ? failed : ""}
      </p>
    </div>
  );
}

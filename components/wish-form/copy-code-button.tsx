"use client";
// Copies the tracking code. Without JavaScript, or without the Clipboard API
// (plain http, some in-app browsers), there is no button: the confirmation's
// "write it down" hint is what remains.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useHydrated } from "./use-hydrated";

type CopyState = "idle" | "copied" | "failed";

export function CopyCodeButton({ code }: { code: string }) {
  const t = useTranslations("wishForm.confirmation");
  const hydrated = useHydrated();
  const [state, setState] = useState<CopyState>("idle");
  const canCopy = hydrated && typeof navigator !== "undefined" && Boolean(navigator.clipboard);

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <div className="space-y-2">
      {canCopy ? (
        <button
          type="button"
          onClick={() => void copy()}
          className="inline-flex min-h-12 items-center justify-center rounded border-2 border-brand bg-white px-6 text-lg font-bold text-brand hover:bg-paper"
        >
          {t("copy")}
        </button>
      ) : null}
      {/* Always in the page, so a screen reader hears the result of the copy. */}
      <p role="status" className="font-semibold">
        {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}

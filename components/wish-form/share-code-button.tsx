"use client";
// "发给家人": hands the tracking code to the phone's own share sheet (WeChat,
// messages), so a son or daughter can follow the wish too. Only where the
// browser has the Web Share API and JavaScript runs; elsewhere there is no
// button, and copying or writing the code down remains. No next-intl here: the
// texts come translated from the page, so a reading page loads no i18n runtime.
import { useState } from "react";
import { useHydrated } from "./use-hydrated";

export function ShareCodeButton({ label, text, url }: { label: string; text: string; url: string }) {
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  if (!hydrated || typeof navigator === "undefined" || typeof navigator.share !== "function") return null;

  async function share() {
    setBusy(true);
    try {
      // An absolute address: the family opens it on their own phone.
      await navigator.share({ text, url: new URL(url, window.location.href).href });
    } catch {
      // Closed the share sheet, or the browser refused: nothing to tell.
    } finally {
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => void share()}
      className="inline-flex min-h-12 items-center justify-center rounded border-2 border-brand bg-white px-6 text-lg font-bold text-brand hover:bg-paper"
    >
      {label}
    </button>
  );
}

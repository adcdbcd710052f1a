"use client";
// What a resident with no phone leaves the stall with: the tracking code, large,
// on a slip staff print at once. On screen it is the success notice; printed,
// only the slip comes out (globals.css, [data-print-slip]), in large type.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export function EntrySlip({ id, code }: { id: string; code: string }) {
  const t = useTranslations("adminWishes");
  return (
    <div className="space-y-2 rounded border-2 border-green-800 bg-white px-4 py-3 text-lg">
      <div data-print-slip="" className="space-y-2">
        <p className="hidden text-3xl font-bold print:block">{t("entry.slipTitle")}</p>
        <p role="status">
          {t("entry.code")}{" "}
          <span className="whitespace-nowrap font-mono text-2xl font-bold print:text-6xl">{code}</span>
        </p>
        <p className="hidden text-2xl print:block">{t("entry.slipHowTo")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 print:hidden">
        <button
          type="button"
          onClick={() => window.print()}
          className="inline-flex min-h-12 items-center rounded border-2 border-ink bg-white px-4 font-semibold"
        >
          {t("entry.printSlip")}
        </button>
        <Link href={`/admin/wishes/${id}`} className="inline-flex min-h-11 items-center text-brand underline">
          {t("entry.openWish")}
        </Link>
      </div>
    </div>
  );
}

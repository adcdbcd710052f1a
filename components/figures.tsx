import { getTranslations } from "next-intl/server";
import type { WishFigures } from "@/lib/wishes/public-figures";

/** The five outcome figures, as a definition list a screen reader reads in order. */
export async function Figures({ locale, figures, label }: { locale: string; figures: WishFigures; label: string }) {
  const t = await getTranslations({ locale, namespace: "stats" });
  const items = [
    ["collected", figures.collected],
    ["handledOnSite", figures.handledOnSite],
    ["referred", figures.referred],
    ["escalated", figures.escalated],
    ["settled", figures.settled],
  ] as const;
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {items.map(([key, value]) => (
        <div key={key} className="rounded-lg border border-neutral-300 bg-white p-3 text-center">
          <dt className="text-base text-muted">{t(key)}</dt>
          <dd className="text-3xl font-bold text-brand">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

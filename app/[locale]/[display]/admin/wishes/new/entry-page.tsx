// On-site entry of a wish at a stall, shared by new/page.tsx and new/[attempt]/page.tsx.
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { OnSiteForm } from "@/components/admin/wishes/on-site-form";
import { can, type Actor } from "@/lib/auth/permissions";
import { WishCategory, WishKind } from "@/lib/db/generated/enums";
import { localized } from "@/lib/i18n/localized";
import { localePath } from "@/lib/i18n/paths";
import { getOnSiteOptions, type OnSiteOptions } from "@/lib/wishes/on-site-options";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { enterWishOnSiteAction } from "../actions";

/** The page's body, for new/page.tsx and new/[attempt]: the form posts to /admin/wishes/new/<attempt> (lib/forms/attempt.ts). */
export async function renderEntryPage({ locale, actor, attempt }: { locale: string; actor: Actor; attempt: string }) {
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const options = await getOnSiteOptions(actor);
  const dayLabel = (d: OnSiteOptions["marketDays"][number]) =>
    `${localized(locale, d.title, d.titleEn)} (${shanghaiDateText(locale, d.startsAt, false).text})`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("entry.title")}</h1>
        <p className="mt-2 text-lg">{t("entry.intro")}</p>
      </div>
      <OnSiteForm
        action={enterWishOnSiteAction}
        permalink={localePath(locale, `/admin/wishes/new/${attempt}`)}
        // A fresh key per render: a double tap or a retry of this form stores one wish.
        idempotencyKey={randomUUID()}
        kinds={Object.values(WishKind).map((k) => ({ value: k, label: labels(`kind.${k}`) }))}
        categories={Object.values(WishCategory).map((c) => ({ value: c, label: labels(`category.${c}`) }))}
        marketDays={options.marketDays.map((d) => ({ value: d.id, label: dayLabel(d) }))}
        stalls={options.marketDays.flatMap((d) =>
          d.stalls.map((s) => ({
            value: s.id,
            label: `${s.number}. ${localized(locale, s.name, s.nameEn)} · ${dayLabel(d)}`,
          })),
        )}
        defaultMarketDayId={options.defaultMarketDayId}
        canSettle={can(actor.role, "wish.triage")}
      />
    </div>
  );
}

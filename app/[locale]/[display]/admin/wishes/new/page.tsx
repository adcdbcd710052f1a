import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OnSiteForm } from "@/components/admin/wishes/on-site-form";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { WishCategory, WishKind } from "@/lib/db/generated/enums";
import { publicPage } from "@/lib/display/page-guard";
import { localized } from "@/lib/i18n/localized";
import { getOnSiteOptions, type OnSiteOptions } from "@/lib/wishes/on-site-options";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { enterWishOnSiteAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/admin/wishes/new">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  return { title: t("entry.title"), robots: { index: false, follow: false } };
}

export default async function OnSiteEntryPage({ params }: PageProps<"/[locale]/[display]/admin/wishes/new">) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("wish.create");
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const options = await getOnSiteOptions(actor);
  const dayLabel = (d: OnSiteOptions["marketDays"][number]) => `${localized(locale, d.title, d.titleEn)} (${shanghaiDateText(locale, d.startsAt, false).text})`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("entry.title")}</h1>
        <p className="mt-2 text-lg">{t("entry.intro")}</p>
      </div>
      <OnSiteForm
        action={enterWishOnSiteAction}
        // A fresh key per render: a double tap or a retry of this form stores one wish.
        idempotencyKey={randomUUID()}
        kinds={Object.values(WishKind).map((k) => ({ value: k, label: labels(`kind.${k}`) }))}
        categories={Object.values(WishCategory).map((c) => ({ value: c, label: labels(`category.${c}`) }))}
        marketDays={options.marketDays.map((d) => ({ value: d.id, label: dayLabel(d) }))}
        stalls={options.marketDays.flatMap((d) => d.stalls.map((s) => ({ value: s.id, label: `${s.number}. ${localized(locale, s.name, s.nameEn)} · ${dayLabel(d)}` })))}
        defaultMarketDayId={options.defaultMarketDayId}
        canSettle={can(actor.role, "wish.triage")}
      />
    </div>
  );
}

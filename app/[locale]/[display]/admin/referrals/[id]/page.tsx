import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { UnitReferralSummary } from "@/components/referrals/unit-referral-summary";
import { UnitReferralWork } from "@/components/referrals/unit-referral-work";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localePath } from "@/lib/i18n/paths";
import { unitAccess } from "@/lib/referrals/unit-access";
import { loadUnitReferral, unitStepsFor } from "@/lib/referrals/unit-referral-query";
import { unitAccountStepAction } from "../actions";

type Props = PageProps<"/[locale]/[display]/admin/referrals/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "referrals" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** One referral, in a UNIT account: the same view and forms as the signed link. */
export default async function UnitReferralPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("referral.work");
  const { id } = await params;
  // Another unit's or community's referral looks like a missing one.
  const access = await unitAccess({ kind: "account", actor }, id).catch(() => null);
  const view = access ? await loadUnitReferral(access.referralId) : null;
  if (!view) notFound();
  const t = await getTranslations({ locale, namespace: "referrals" });
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/referrals" className="inline-flex min-h-11 items-center text-lg text-brand underline">
          {t("list.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">
        {t("title")} <span className="font-mono">{view.code}</span>
      </h1>
      <UnitReferralSummary locale={locale} view={view} />
      <ClientMessages locale={locale} namespaces={["forms", "referrals"]}>
        <UnitReferralWork
          action={unitAccountStepAction}
          permalink={localePath(locale, `/admin/referrals/${id}`)}
          steps={unitStepsFor(view)}
          proof={{ referralId: view.referralId }}
          version={view.wishVersion}
          locale={locale}
        />
      </ClientMessages>
    </div>
  );
}

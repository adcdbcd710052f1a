import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageTop } from "@/components/page-top";
import { UnitReferralSummary } from "@/components/referrals/unit-referral-summary";
import { UnitReferralWork } from "@/components/referrals/unit-referral-work";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { checkUnitLink } from "@/lib/referrals/unit-access";
import { loadUnitReferral, unitStepsFor } from "@/lib/referrals/unit-referral-query";
import { unitLinkStepAction } from "./actions";

// A unit's link opens one referral: never indexed, never cached, and the token
// is not sent on to other sites (the site-wide Referrer-Policy keeps paths home).
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * /u/<token>, from the message that carried a referral to its unit (issue 14):
 * the request, and the unit's forms, without an account. The link works until
 * the referral closes; after that, and when it was tampered with or expired, the
 * page says so and shows nothing of the wish.
 */
export default async function UnitLinkPage({ params }: PageProps<"/[locale]/[display]/u/[token]">) {
  const { locale, display } = await publicPage(params);
  await connection();
  const { token } = await params;
  const t = await getTranslations({ locale, namespace: "referrals" });
  const verdict = await checkUnitLink(token);
  const view = verdict.ok ? await loadUnitReferral(verdict.referralId) : null;
  const permalink = localePath(locale, `/u/${token}`);
  return (
    <div className="space-y-6">
      <PageTop
        locale={locale}
        display={display}
        path={`/u/${token}`}
        trail={[{ label: t("linkTitle") }]}
        title={t("linkTitle")}
      />
      {view ? (
        <>
          <p className="text-lg">{t("intro")}</p>
          <UnitReferralSummary locale={locale} view={view} />
          <ClientMessages locale={locale} namespaces={["forms", "referrals"]}>
            <UnitReferralWork
              action={unitLinkStepAction}
              permalink={permalink}
              steps={unitStepsFor(view)}
              proof={{ token }}
              version={view.wishVersion}
              locale={locale}
            />
          </ClientMessages>
        </>
      ) : (
        <div className="space-y-3 rounded-lg border-2 border-brand bg-white p-4">
          <h2 className="text-2xl font-bold">{t(`link.${verdict.ok ? "closed" : verdict.reason}.heading`)}</h2>
          <p className="text-lg">
            {!verdict.ok && verdict.reason === "closed"
              ? t(`link.closed.as.${verdict.closedAs}`)
              : t(`link.${verdict.ok ? "closed" : verdict.reason}.body`)}
          </p>
        </div>
      )}
    </div>
  );
}

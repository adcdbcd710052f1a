import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ReferAcrossForm } from "@/components/subdistrict/refer-across-form";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { formPostback } from "@/lib/content/form-postback";
import { unitAnswerDue, type DeadlineTargets } from "@/lib/deadlines/deadline-targets";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { localized } from "@/lib/i18n/localized";
import { subdistrictUnits } from "@/lib/subdistrict/refer-across";
import { viewCommunity } from "@/lib/subdistrict/subdistrict-scope";
import { shanghaiDay } from "@/lib/time/shanghai";
import { isUuid } from "@/lib/uuid";
import { allowedActions } from "@/lib/wishes/lifecycle";
import type { StaffWish } from "@/lib/wishes/staff-wish-query";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { renderWishPage } from "../../../../../wishes/[id]/wish-page";
import { referAcrossAction } from "../../../../actions";

type Props = PageProps<"/[locale]/[display]/admin/subdistrict/[community]/wishes/[id]/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ community: BUILD_PLACEHOLDER, id: BUILD_PLACEHOLDER, attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "adminWishes" });
  return { title: t("detail.title"), robots: { index: false, follow: false } };
}

// A wish as the subdistrict reads it: the community's wish page, read-only (the
// role triages nothing and sees no contact details), and the form that refers
// it to a subdistrict-level unit while the table allows a referral.
export default async function SubdistrictWishPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("subdistrict.view");
  const { community: slug, id, attempt } = await params;
  const view = await viewCommunity(actor, slug);
  if (!view || !isUuid(id)) notFound();
  const { viewer, community } = view;
  const pagePath = `/admin/subdistrict/${community.slug}/wishes/${id}`;
  const postback = await formPostback(locale, pagePath, attempt);
  const t = await getTranslations({ locale, namespace: "subdistrict" });
  // Made from the wish and targets the wish page loads, so neither is read twice.
  const referSection = async (wish: StaffWish, targets: DeadlineTargets) => {
    if (!can(actor.role, "subdistrict.refer")) return null;
    const units = await subdistrictUnits(actor);
    const referable = allowedActions(wish.status).includes("REFER");
    return (
      <section
        aria-labelledby="refer-across-heading"
        className="space-y-4 rounded-lg border-2 border-brand bg-white p-4"
      >
        <h2 id="refer-across-heading" className="text-2xl font-bold">
          {t("refer.heading")}
        </h2>
        <p className="text-lg">{t("refer.intro")}</p>
        {wish.status === "REFERRED" && wish.referralOrg && wish.referralDueAt ? (
          // After a referral (this form's, or the community's): where it went and until when.
          <p role="status" className="text-lg font-semibold">
            {t("refer.referred", {
              unit: localized(locale, wish.referralOrg.name, wish.referralOrg.nameEn),
              date: shanghaiDateText(locale, wish.referralDueAt, false).text,
            })}
          </p>
        ) : !referable ? (
          <p className="text-lg font-semibold">{t("refer.notAllowed")}</p>
        ) : units.length === 0 ? (
          <p className="text-lg font-semibold">{t("refer.noUnits")}</p>
        ) : (
          <ClientMessages locale={locale} namespaces={["forms", "subdistrict"]}>
            <ReferAcrossForm
              action={referAcrossAction}
              locale={locale}
              postback={postback}
              id={wish.id}
              version={wish.version}
              initialValues={{ referralDueAt: shanghaiDay(unitAnswerDue(new Date(), targets)) }}
              submitLabel={t("refer.submit")}
              units={units.map((u) => ({ value: u.id, label: localized(locale, u.name, u.nameEn) }))}
            />
          </ClientMessages>
        )}
      </section>
    );
  };
  return renderWishPage({
    locale,
    id,
    actor: viewer,
    // The wish page's own forms (triage, contact) are not this role's: none shows.
    attempt: randomUUID(),
    back: {
      href: `/admin/subdistrict/${community.slug}`,
      label: t("inbox.backToInbox", { name: localized(locale, community.name, community.nameEn) }),
    },
    extra: referSection,
    basePath: `/admin/subdistrict/${community.slug}/wishes`,
  });
}

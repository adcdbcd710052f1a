import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContentHeading, tableLinkClass } from "@/components/admin/content/content-heading";
import { MarketDayForm } from "@/components/admin/content/market-day-form";
import { MarketDayStatusActions } from "@/components/admin/content/market-day-status-actions";
import { requireStaffPage } from "@/lib/auth/session";
import { formPostback } from "@/lib/content/form-postback";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { getMarketDayForAdmin } from "@/lib/market-days/admin-queries";
import { marketDayFormValues } from "@/lib/market-days/market-day-form-schema";
import { listOrganizationsForAdmin } from "@/lib/organizations/admin-queries";
import { isUuid } from "@/lib/uuid";
import { cancelMarketDayAction, publishMarketDayAction, updateMarketDayAction } from "../../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/market-days/[id]/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("marketDays.title"), robots: { index: false, follow: false } };
}

export default async function EditMarketDayPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const { id, attempt } = await params;
  if (!isUuid(id)) notFound();
  const postback = await formPostback(locale, `/admin/content/market-days/${id}`, attempt);
  const [day, organizations] = await Promise.all([
    getMarketDayForAdmin(actor.communityId, id),
    listOrganizationsForAdmin(actor.communityId),
  ]);
  if (!day) notFound();
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const created = (await searchParams).created === "1";
  return (
    <div className="space-y-8">
      <ContentHeading
        back={{ href: "/admin/content/market-days", label: t("marketDays.title") }}
        title={t("marketDays.editTitle", { title: day.title })}
        created={created ? t("common.created") : undefined}
      />
      <section aria-labelledby="status-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
        <h2 id="status-heading" className="text-2xl font-bold">
          {t("marketDays.statusHeading")}
        </h2>
        <p className="text-lg">
          {t("status.label")}: <strong>{t(`status.${day.status}`)}</strong>
        </p>
        <MarketDayStatusActions
          id={day.id}
          status={day.status}
          postback={postback}
          publishAction={publishMarketDayAction}
          cancelAction={cancelMarketDayAction}
        />
        <ul className="flex flex-wrap gap-x-6">
          <li>
            <Link href={`/admin/content/stalls?marketDay=${day.id}`} className={tableLinkClass}>
              {t("marketDays.manageStalls")}
            </Link>
          </li>
          {day.status !== "DRAFT" ? (
            <li>
              <Link href={`/market-days/${day.slug}`} className={tableLinkClass}>
                {t("common.viewPublic")}
              </Link>
            </li>
          ) : null}
        </ul>
      </section>
      <MarketDayForm
        action={updateMarketDayAction}
        locale={locale}
        postback={postback}
        id={day.id}
        initialValues={marketDayFormValues(day)}
        organizations={organizations}
        submitLabel={t("common.save")}
      />
    </div>
  );
}

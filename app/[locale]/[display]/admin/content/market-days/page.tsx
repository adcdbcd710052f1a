import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading, buttonLinkClass, tableLinkClass } from "@/components/admin/content/content-heading";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { listMarketDaysForAdmin } from "@/lib/market-days/admin-queries";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";

type Props = PageProps<"/[locale]/[display]/admin/content/market-days">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("marketDays.title"), robots: { index: false, follow: false } };
}

export default async function AdminMarketDaysPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const days = await listMarketDaysForAdmin(actor.communityId);
  return (
    <div className="space-y-6">
      <ContentHeading
        back={{ href: "/admin/content", label: t("common.backToContent") }}
        title={t("marketDays.title")}
      />
      <Link href="/admin/content/market-days/new" className={buttonLinkClass}>
        {t("marketDays.new")}
      </Link>
      {days.length === 0 ? (
        <p className="text-lg">{t("marketDays.empty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-lg">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("marketDays.fields.title")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("marketDays.date")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("status.label")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("marketDays.stalls")}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.id} className="border-b border-ink/30">
                  <td className="py-2 pr-4">
                    <Link href={`/admin/content/market-days/${day.id}`} className={tableLinkClass}>
                      {day.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">
                    <time dateTime={day.startsAt.toISOString()}>
                      {shanghaiDateText(locale, day.startsAt, false).text}
                    </time>
                  </td>
                  <td className="py-2 pr-4">{t(`status.${day.status}`)}</td>
                  <td className="py-2 pr-4">
                    <Link href={`/admin/content/stalls?marketDay=${day.id}`} className={tableLinkClass}>
                      {day.stallCount}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

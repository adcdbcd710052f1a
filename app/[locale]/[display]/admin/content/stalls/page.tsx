import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading, buttonLinkClass, tableLinkClass } from "@/components/admin/content/content-heading";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { listMarketDayOptions } from "@/lib/market-days/admin-queries";
import { listStallsForAdmin } from "@/lib/stalls/admin-queries";
import { isUuid } from "@/lib/uuid";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";

type Props = PageProps<"/[locale]/[display]/admin/content/stalls">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("stalls.title"), robots: { index: false, follow: false } };
}

// The filter is a plain GET form: it works without JavaScript and the URL can be shared.
export default async function AdminStallsPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const tCategory = await getTranslations({ locale, namespace: "marketDays.category" });
  const requested = (await searchParams).marketDay;
  const marketDayId = typeof requested === "string" && isUuid(requested) ? requested : undefined;
  const [days, stalls] = await Promise.all([
    listMarketDayOptions(actor.communityId),
    listStallsForAdmin(actor.communityId, marketDayId),
  ]);
  const dayLabel = (d: { title: string; startsAt: Date }) =>
    `${shanghaiDateText(locale, d.startsAt, false).text} ${d.title}`;
  return (
    <div className="space-y-6">
      <ContentHeading back={{ href: "/admin/content", label: t("common.backToContent") }} title={t("stalls.title")} />
      <Link
        href={marketDayId ? `/admin/content/stalls/new?marketDay=${marketDayId}` : "/admin/content/stalls/new"}
        className={buttonLinkClass}
      >
        {t("stalls.new")}
      </Link>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="filter-market-day" className="block text-lg font-semibold">
            {t("stalls.filterLabel")}
          </label>
          <select
            id="filter-market-day"
            name="marketDay"
            defaultValue={marketDayId ?? ""}
            className="mt-1 block min-h-12 w-full rounded border-2 border-ink bg-white px-3 py-2 text-lg"
          >
            <option value="">{t("stalls.allMarketDays")}</option>
            {days.map((d) => (
              <option key={d.id} value={d.id}>
                {dayLabel(d)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="inline-flex min-h-12 items-center rounded border-2 border-brand bg-white px-6 text-lg font-semibold text-brand hover:bg-paper"
        >
          {t("stalls.filter")}
        </button>
      </form>
      {stalls.length === 0 ? (
        <p className="text-lg">{t("stalls.empty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-lg">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("stalls.number")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("stalls.name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("stalls.fields.category")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("stalls.marketDay")}
                </th>
              </tr>
            </thead>
            <tbody>
              {stalls.map((s) => (
                <tr key={s.id} className="border-b border-ink/30">
                  <td className="py-2 pr-4">{s.number}</td>
                  <td className="py-2 pr-4">
                    <Link href={`/admin/content/stalls/${s.id}`} className={tableLinkClass}>
                      {s.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{tCategory(s.category)}</td>
                  <td className="py-2 pr-4">{dayLabel(s.marketDay)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

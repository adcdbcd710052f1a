// The inbox's result section: the order it is in, the cards, and the keyset
// pages. Shared by the community's inbox and the subdistrict's read-only view,
// which differ only in where their addresses point.
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { inboxSearch, type InboxFilter } from "@/lib/wishes/inbox-filter";
import type { InboxPage } from "@/lib/wishes/inbox-query";
import { InboxList } from "./inbox-list";

export async function InboxResults({
  locale,
  filter,
  page,
  href,
  wishPath,
}: {
  locale: string;
  filter: InboxFilter;
  page: InboxPage;
  /** The inbox's address with a query string. */
  href: (query: string) => string;
  /** Where a row's wish page is ("/admin/wishes"). */
  wishPath?: string;
}) {
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const link = "inline-flex min-h-11 items-center text-brand underline";
  return (
    <section aria-labelledby="inbox-list-heading" className="space-y-2">
      {/* Named for screen readers; on screen the cards follow the filters at once, so a tablet's first screen shows them. */}
      <h2 id="inbox-list-heading" className="sr-only">
        {t("inbox.listHeading")}
      </h2>
      <p className="text-muted">{filter.sort === "needed" ? t("inbox.orderNeeded") : t("inbox.orderUrgent")}</p>
      {page.rows.length === 0 ? (
        <p className="rounded-lg border-2 border-ink bg-white p-4 text-lg">{t("inbox.empty")}</p>
      ) : (
        <InboxList locale={locale} rows={page.rows} basePath={wishPath} />
      )}
      {page.next || filter.cursor ? (
        <nav aria-label={t("inbox.pagination")} className="flex flex-wrap gap-x-6">
          {page.next ? (
            <Link href={href(inboxSearch(filter, page.next))} rel="next" className={`${link} text-lg font-semibold`}>
              {t("inbox.next")}
            </Link>
          ) : null}
          {filter.cursor ? (
            <Link href={href(inboxSearch(filter, null))} className={link}>
              {t("inbox.first")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

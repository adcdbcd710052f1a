import { getTranslations } from "next-intl/server";
import { WishStatusBadge } from "@/components/wish-status-badge";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { InboxRow } from "@/lib/wishes/inbox-query";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";

/**
 * The inbox rows as a list of cards: readable on a phone at 320 px and two
 * columns of facts on a 1024×768 tablet, without horizontal scrolling.
 */
export async function InboxList({
  locale,
  rows,
  basePath = "/admin/wishes",
}: {
  locale: string;
  rows: InboxRow[];
  /** Where a row's page is: the subdistrict's read-only view has its own. */
  basePath?: string;
}) {
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const date = (d: Date) => shanghaiDateText(locale, d);
  return (
    <ul className="space-y-3">
      {rows.map((row) => {
        const due = row.status === "REFERRED" && row.referralDueAt ? row.referralDueAt : row.replyDueAt;
        return (
          <li
            key={row.id}
            className={`rounded-lg border-2 bg-white p-4 ${row.overdue || row.neededSoon ? "border-brand" : "border-ink"}`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <WishStatusBadge status={row.status} label={labels(`status.${row.status}`)} />
              {row.overdueDays !== null ? (
                <span className="rounded-lg border-2 border-brand px-3 font-bold text-brand">
                  {t("inbox.overdueDays", { days: row.overdueDays })}
                </span>
              ) : row.dueToday && !row.neededSoon ? (
                <span className="rounded-lg border-2 border-ink px-3 font-bold">{t("inbox.dueToday")}</span>
              ) : null}
              {row.neededSoon ? (
                <span className="rounded-lg bg-brand-dark px-3 font-bold text-white">{t("inbox.neededSoon")}</span>
              ) : null}
              <Link
                href={`${basePath}/${row.id}`}
                className="inline-flex min-h-11 items-center font-mono text-lg font-semibold text-brand underline"
              >
                <span className="sr-only">{t("inbox.open")} </span>
                {formatTrackingCode(row.trackingCode)}
              </Link>
            </div>
            <p className="mt-2 text-lg">
              {row.preview}
              {row.truncated ? "…" : ""}
            </p>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2">
              <div>
                <dt className="inline font-semibold">{t("inbox.kindCategory")}: </dt>
                <dd className="inline">
                  {labels(`kind.${row.kind}`)} · {labels(`category.${row.category ?? "none"}`)}
                </dd>
              </div>
              <div>
                <dt className="inline font-semibold">{t("inbox.place")}: </dt>
                <dd className="inline">
                  {row.marketDay ? localized(locale, row.marketDay.title, row.marketDay.titleEn) : t("inbox.online")}
                  {row.stall ? ` · ${row.stall.number}. ${localized(locale, row.stall.name, row.stall.nameEn)}` : ""}
                </dd>
              </div>
              <div>
                <dt className="inline font-semibold">{t("inbox.created")}: </dt>
                <dd className="inline">
                  <time dateTime={row.createdAt.toISOString()}>{date(row.createdAt).text}</time>
                </dd>
              </div>
              <div>
                <dt className="inline font-semibold">{t("inbox.due")}: </dt>
                <dd className="inline">
                  <time dateTime={due.toISOString()}>{date(due).text}</time>
                </dd>
              </div>
              {row.neededAt ? (
                <div>
                  <dt className="inline font-semibold">{t("inbox.neededAt")}: </dt>
                  <dd className="inline font-semibold">
                    <time dateTime={row.neededAt.toISOString()}>{date(row.neededAt).text}</time>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt className="inline font-semibold">{t("inbox.phone")}: </dt>
                <dd className="inline font-mono">{row.maskedPhone ?? t("detail.none")}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">{t("inbox.reply")}: </dt>
                <dd className="inline">{row.hasReply ? t("inbox.replyWith") : t("inbox.replyWithout")}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}

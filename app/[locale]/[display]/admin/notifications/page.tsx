import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import {
  listOutbox,
  loggedSmsForDevelopers,
  parseStatusFilter,
  STATUS_ORDER,
} from "@/lib/notifications/outbox/outbox-queries";
import { formatShanghaiDate } from "@/lib/time/shanghai";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { RetryButton } from "./retry-button";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/[display]/admin/notifications">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminNotifications" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

// 消息发送: the outbox. Cards, not a table, so it reads on a phone as on a tablet.
// The status filter lives in the query string (it holds no personal data); the
// recipient is never shown, only the wish's tracking code.
export default async function NotificationsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/[display]/admin/notifications">) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("notification.manage");
  const status = parseStatusFilter((await searchParams).status);
  const t = await getTranslations({ locale, namespace: "adminNotifications" });
  const { rows, counts } = await listOutbox(actor, status);
  const logged = loggedSmsForDevelopers(actor);
  const when = (date: Date | null) => (date ? formatShanghaiDate(locale, date, { withTime: true }) : "—");
  const chip = (active: boolean) =>
    `inline-flex min-h-11 shrink-0 items-center gap-2 whitespace-nowrap rounded-full border-2 border-ink px-4 ${active ? "bg-ink text-white" : "bg-white"}`;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-lg">{t("intro")}</p>
      </div>

      <nav aria-label={t("filterLabel")}>
        <ul className="flex gap-2 overflow-x-auto pb-1">
          <li>
            <Link href="/admin/notifications" aria-current={!status ? "page" : undefined} className={chip(!status)}>
              {t("allStatuses")}
            </Link>
          </li>
          {STATUS_ORDER.map((s) => (
            <li key={s}>
              <Link
                href={`/admin/notifications?status=${s}`}
                aria-current={status === s ? "page" : undefined}
                className={chip(status === s)}
              >
                {t(`status.${s}`)} <span className="font-bold">({counts[s]})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="outbox-heading" className="space-y-3">
        <h2 id="outbox-heading" className="text-2xl font-bold">
          {t("listHeading")}
        </h2>
        {rows.length === 0 ? (
          <p className="rounded-lg border-2 border-ink bg-white p-4 text-lg">{t("empty")}</p>
        ) : (
          <ul className="space-y-4">
            {rows.map((row) => (
              <li key={row.id} className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
                <h3 className="text-xl font-bold">
                  {t(`kind.${row.kind}`)} · {t(`channel.${row.channel}`)} ·{" "}
                  <span className={row.status === "DEAD" ? "text-brand" : ""}>{t(`status.${row.status}`)}</span>
                </h3>
                <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold">{t("columns.wish")}</dt>
                  <dd>
                    <Link
                      href={`/admin/wishes/${row.wish.id}`}
                      className="inline-flex min-h-11 items-center font-mono text-brand underline"
                    >
                      {formatTrackingCode(row.wish.trackingCode)}
                    </Link>
                  </dd>
                  <dt className="font-semibold">{t("columns.attempts")}</dt>
                  <dd>{row.attempts}</dd>
                  <dt className="font-semibold">{t("columns.lastError")}</dt>
                  <dd className="font-mono">{row.lastErrorCode ?? "—"}</dd>
                  <dt className="font-semibold">{t("columns.created")}</dt>
                  <dd>{when(row.createdAt)}</dd>
                  <dt className="font-semibold">{row.sentAt ? t("columns.sent") : t("columns.due")}</dt>
                  <dd>{when(row.sentAt ?? row.deliverAfter)}</dd>
                </dl>
                {row.status === "DEAD" || row.status === "SKIPPED" ? (
                  <RetryButton id={row.id} label={t("retry", { code: formatTrackingCode(row.wish.trackingCode) })} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {logged ? (
        <section aria-labelledby="log-outbox-heading" className="space-y-3">
          <h2 id="log-outbox-heading" className="text-2xl font-bold">
            {t("log.heading")}
          </h2>
          <p>{t("log.intro")}</p>
          {logged.length === 0 ? (
            <p className="rounded-lg border-2 border-ink bg-white p-4">{t("log.empty")}</p>
          ) : (
            <ul className="space-y-3">
              {logged.map((sms) => (
                <li
                  key={`${sms.id}-${sms.at.getTime()}`}
                  className="space-y-1 rounded-lg border-2 border-ink bg-white p-4"
                >
                  <p className="font-semibold">
                    <span className="font-mono">{sms.to}</span> · {sms.template} · {when(sms.at)}
                  </p>
                  <p className="whitespace-pre-wrap">{sms.text}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}

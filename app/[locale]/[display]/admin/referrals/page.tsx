import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { listUnitReferrals, type UnitReferralRow } from "@/lib/referrals/unit-referral-list";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";

type Props = PageProps<"/[locale]/[display]/admin/referrals">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "referrals" });
  return { title: t("list.title"), robots: { index: false, follow: false } };
}

/** A receiving unit's own list (issue 14): its referrals, open ones first. */
export default async function UnitReferralsPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("referral.work");
  const t = await getTranslations({ locale, namespace: "referrals" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const list = await listUnitReferrals(actor);
  const section = (key: "open" | "closed", rows: UnitReferralRow[]) => (
    <section aria-labelledby={`unit-${key}-heading`} className="space-y-3">
      <h2 id={`unit-${key}-heading`} className="text-2xl font-bold">
        {t(`list.${key}`)} ({rows.length})
      </h2>
      {rows.length === 0 ? <p className="text-lg">{t("list.none")}</p> : null}
      <ul className="space-y-3">
        {rows.map((r) => {
          const due = shanghaiDateText(locale, r.dueAt, false);
          return (
            <li key={r.id} className="rounded-lg border-2 border-ink bg-white p-4 text-lg">
              <p className="flex flex-wrap gap-x-3 font-semibold">
                <span className="font-mono">{r.code}</span>
                <span>{t(`status.${r.status}`)}</span>
                {r.overdue ? <span className="text-red-800">{t("list.overdue")}</span> : null}
              </p>
              <p>
                {localized(locale, r.community.name, r.community.nameEn)}
                {" · "}
                {labels(`kind.${r.kind}`)}
                {r.category ? ` · ${labels(`category.${r.category}`)}` : null}
              </p>
              <p>
                {t("list.sent")}:{" "}
                <time dateTime={shanghaiDateText(locale, r.sentAt).iso}>{shanghaiDateText(locale, r.sentAt).text}</time>
                {" · "}
                {t("list.due")}: <time dateTime={due.iso}>{due.text}</time>
              </p>
              <Link
                href={`/admin/referrals/${r.id}`}
                className="mt-2 inline-flex min-h-12 items-center rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark"
              >
                {t(key === "open" ? "list.open_link" : "list.view_link")}
                <span className="sr-only"> {r.code}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("list.title")}</h1>
        <p className="mt-2 text-lg">{t("list.intro")}</p>
      </div>
      {section("open", list.open)}
      {section("closed", list.closed)}
    </div>
  );
}

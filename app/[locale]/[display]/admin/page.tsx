import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { getActor, requireStaffPage } from "@/lib/auth/session";
import { localePath } from "@/lib/i18n/paths";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { dashboardSummary } from "@/lib/wishes/dashboard-summary";
import { ensureWorkingCalendar } from "@/lib/deadlines/working-calendar";
import { shanghaiDay } from "@/lib/time/shanghai";
import { knownYear } from "@/lib/time/working-days";
import { signOutEverywhereAction } from "./sign-in/actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/admin">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminAuth" });
  return { title: t("home.title"), robots: { index: false, follow: false } };
}

export default async function AdminHomePage({ params }: PageProps<"/[locale]/[display]/admin">) {
  const { locale } = await publicPage(params);
  // A receiving unit's account lands on its own referrals: the inbox is not theirs.
  const signedIn = await getActor();
  if (signedIn && !can(signedIn.role, "wish.view") && can(signedIn.role, "referral.work"))
    redirect(localePath(locale, "/admin/referrals"));
  // A subdistrict's account lands on its communities side by side.
  if (signedIn && can(signedIn.role, "subdistrict.view")) redirect(localePath(locale, "/admin/subdistrict"));
  const actor = await requireStaffPage("wish.view");
  const t = await getTranslations({ locale, namespace: "adminAuth" });
  const [summary] = await Promise.all([dashboardSummary(actor), ensureWorkingCalendar()]);
  // Next year's holiday schedule comes out in November: until an admin enters it,
  // deadlines running into it skip weekends only.
  const nextYear = Number(shanghaiDay(new Date()).slice(0, 4)) + 1;
  const calendarMissing = can(actor.role, "content.manage") && !knownYear(nextYear);
  const figures = [
    { key: "overdue", value: summary.overdue, href: "/admin/wishes?overdue=1" },
    { key: "overdueReferrals", value: summary.overdueReferrals, href: "/admin/wishes?state=referred&overdue=1" },
    { key: "submitted", value: summary.submitted, href: "/admin/wishes?state=submitted" },
    { key: "reopened", value: summary.reopened, href: "/admin/wishes?state=reopened" },
    { key: "escalated", value: summary.escalated, href: "/admin/wishes?state=escalated" },
    { key: "open", value: summary.open, href: "/admin/wishes" },
  ] as const;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("home.title")}</h1>
        <p className="mt-2 text-lg">{t("home.greeting", { name: actor.displayName })}</p>
      </div>
      {/* An overdue referral is flagged to the community secretary (issue 14 §2): the
          council's secretary chases the unit or has it re-routed. */}
      {can(actor.role, "council.manage") && summary.overdueReferrals > 0 ? (
        <p role="status" className="rounded-lg border-4 border-brand bg-white p-4 text-xl font-bold text-brand">
          {t("home.overdueReferralsFlag", { count: summary.overdueReferrals })}{" "}
          <Link href="/admin/wishes?state=referred&overdue=1" className="underline">
            {t("home.view")}
          </Link>
        </p>
      ) : null}
      {calendarMissing ? (
        <p role="status" className="rounded-lg border-4 border-brand bg-white p-4 text-lg font-bold text-brand">
          {t("home.calendarMissing", { year: nextYear })}{" "}
          <Link href="/admin/content/calendar" className="underline">
            {t("home.calendarLink")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="figures-heading" className="space-y-3">
        <h2 id="figures-heading" className="text-2xl font-bold">
          {t("home.figuresHeading")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {figures.map((f) => (
            <li key={f.key}>
              <Link
                href={f.href}
                className="flex min-h-24 flex-col justify-between rounded-lg border-2 border-ink bg-white p-4 text-ink no-underline hover:border-brand"
              >
                <span className="text-lg">{t(`home.${f.key}`)}</span>
                <span
                  className={`text-4xl font-bold ${f.key.startsWith("overdue") && f.value > 0 ? "text-brand" : ""}`}
                >
                  {f.value}
                </span>
                <span className="text-brand underline">{t("home.view")}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="account-heading" className="space-y-3">
        <h2 id="account-heading" className="text-2xl font-bold">
          {t("home.accountHeading")}
        </h2>
        <p id="sign-out-everywhere-hint">{t("home.signOutEverywhereHint")}</p>
        <form action={signOutEverywhereAction}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            aria-describedby="sign-out-everywhere-hint"
            className="inline-flex min-h-11 items-center rounded border-2 border-brand bg-white px-4 font-semibold text-brand hover:bg-paper"
          >
            {t("header.signOutEverywhere")}
          </button>
        </form>
      </section>
    </div>
  );
}

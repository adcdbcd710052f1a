import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { WorkingDayForm } from "@/components/admin/content/working-day-form";
import { WorkingDayList } from "@/components/admin/content/working-day-list";
import { requireStaffPage } from "@/lib/auth/session";
import { formPostback } from "@/lib/content/form-postback";
import { ensureWorkingCalendar, listWorkingDayOverrides } from "@/lib/deadlines/working-calendar";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { formatShanghaiDate, shanghaiDay } from "@/lib/time/shanghai";
import { bundledYear, enteredDays } from "@/lib/time/working-days";
import { removeWorkingDayAction, setWorkingDayAction } from "../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/calendar/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("calendar.title"), robots: { index: false, follow: false } };
}

export default async function CalendarPage({ params }: Props) {
  const { locale } = await publicPage(params);
  await requireStaffPage("content.manage");
  const postback = await formPostback(locale, "/admin/content/calendar", (await params).attempt);
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const year = Number(shanghaiDay(new Date()).slice(0, 4));
  await ensureWorkingCalendar();
  const rows = await listWorkingDayOverrides(year);
  // A bundled year is complete; for an entered one only the admin can tell.
  const years = [year, year + 1].map((y) => ({ year: y, bundled: bundledYear(y), entered: enteredDays(y) }));
  return (
    <div className="space-y-8">
      <ContentHeading back={{ href: "/admin/content", label: t("common.backToContent") }} title={t("calendar.title")} />
      <p className="max-w-3xl text-lg">{t("calendar.intro")}</p>
      <ul className="space-y-2">
        {years.map((y) => (
          <li
            key={y.year}
            className={`rounded-lg border-2 p-3 text-lg ${y.bundled || y.entered ? "border-ink bg-white" : "border-brand bg-white font-bold text-brand"}`}
          >
            {y.bundled
              ? t("calendar.known", { year: y.year })
              : y.entered
                ? t("calendar.entered", { year: y.year, count: y.entered })
                : t("calendar.unknown", { year: y.year })}
          </li>
        ))}
      </ul>
      <section aria-labelledby="set-day-heading" className="space-y-4 rounded-lg border-2 border-brand bg-white p-4">
        <h2 id="set-day-heading" className="text-2xl font-bold">
          {t("calendar.setHeading")}
        </h2>
        <WorkingDayForm
          action={setWorkingDayAction}
          locale={locale}
          postback={postback}
          initialValues={{ working: "holiday" }}
          submitLabel={t("calendar.save")}
        />
      </section>
      <section aria-labelledby="day-list-heading" className="space-y-3">
        <h2 id="day-list-heading" className="text-2xl font-bold">
          {t("calendar.listHeading")}
        </h2>
        <WorkingDayList
          rows={rows.map((r) => ({
            ...r,
            dayText: formatShanghaiDate(locale, new Date(`${r.day}T04:00:00Z`), { withTime: false }),
          }))}
          postback={postback}
          removeAction={removeWorkingDayAction}
        />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/admin/council/meeting-form";
import { requireStaffPage } from "@/lib/auth/session";
import { listMeetings } from "@/lib/council/queries";
import { publicPage } from "@/lib/display/page-guard";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { formatShanghaiDate, toShanghaiIso } from "@/lib/time/shanghai";
import { createMeetingAction } from "./actions";

type Props = PageProps<"/[locale]/[display]/admin/council">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminCouncil" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function AdminCouncilPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("council.manage");
  const t = await getTranslations({ locale, namespace: "adminCouncil" });
  const meetings = await listMeetings(actor);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </div>
      <section aria-labelledby="meetings-heading" className="space-y-3">
        <h2 id="meetings-heading" className="text-2xl font-bold">
          {t("list.heading")}
        </h2>
        {meetings.length === 0 ? (
          <p className="text-lg">{t("list.empty")}</p>
        ) : (
          <ul className="space-y-3">
            {meetings.map((m) => {
              const title = localized(locale, m.title, m.titleEn);
              return (
                <li key={m.id} className="rounded-lg border-2 border-ink bg-white p-4">
                  <h3 className="text-xl font-bold">
                    <Link
                      href={`/admin/council/${m.id}`}
                      className="inline-flex min-h-11 items-center text-brand underline"
                    >
                      {title}
                    </Link>
                  </h3>
                  <p className="text-lg">
                    <time dateTime={toShanghaiIso(m.scheduledAt)}>
                      {formatShanghaiDate(locale, m.scheduledAt, { withTime: true })}
                    </time>{" "}
                    · {m.place}
                  </p>
                  <p className="text-lg">
                    <strong>{t(`status.${m.status}`)}</strong> · {t("list.items", { count: m.itemCount })}
                    {m.undecidedCount > 0 ? ` · ${t("list.undecided", { count: m.undecidedCount })}` : null}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-meeting-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
        <h2 id="new-meeting-heading" className="text-2xl font-bold">
          {t("form.createHeading")}
        </h2>
        <MeetingForm action={createMeetingAction} defaults={{ status: "PLANNED" }} />
      </section>
    </div>
  );
}

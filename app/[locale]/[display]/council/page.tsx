import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTop } from "@/components/page-top";
import { listHeldCouncilMeetings } from "@/lib/council/public-queries";
import { publicPage } from "@/lib/display/page-guard";
import { languageAlternates } from "@/lib/i18n/alternates";
import { LocaleLink } from "@/components/locale-link";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/council">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "council" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: languageAlternates(locale, "/council"),
  };
}

// Cached like the other public pages: listHeldCouncilMeetings carries the "council"
// tag, which the council services expire when a meeting or decision changes.
export default async function CouncilPage({ params }: PageProps<"/[locale]/[display]/council">) {
  const { locale, display } = await publicPage(params);
  const t = await getTranslations({ locale, namespace: "council" });
  const meetings = await listHeldCouncilMeetings();
  const en = locale === "en";
  return (
    <div className="space-y-8">
      <PageTop locale={locale} display={display} path="/council" trail={[{ label: t("title") }]} title={t("title")} />
      <p className="text-lg">{t("intro")}</p>
      {meetings.length === 0 ? <p className="text-lg">{t("empty")}</p> : null}
      {meetings.map((meeting) => {
        const date = shanghaiDateText(locale, meeting.scheduledAt, false);
        const headingId = `meeting-${meeting.id}`;
        return (
          <section key={meeting.id} aria-labelledby={headingId} className="space-y-4">
            <div>
              <h2 id={headingId} className="text-2xl font-bold">
                {en && meeting.titleEn ? meeting.titleEn : meeting.title}
              </h2>
              <p className="text-lg">{t("heldOn", { date: date.text, place: meeting.place })}</p>
            </div>
            <ol className="space-y-4">
              {meeting.items.map((item) => {
                const decision = en && item.decisionEn ? item.decisionEn : item.decision;
                return (
                  <li key={item.id} className="space-y-2 rounded-lg border-2 border-ink bg-white p-4">
                    <h3 className="text-xl font-bold">
                      <span className="text-muted">{t("topic", { position: item.position })}</span>{" "}
                      {en && item.topicEn ? item.topicEn : item.topic}
                    </h3>
                    <p className="text-muted">{t("wishCount", { count: item.wishCount })}</p>
                    {decision ? (
                      <div className="border-l-4 border-ink pl-3">
                        <h4 className="text-lg font-semibold">{t("decision")}</h4>
                        <p className="whitespace-pre-line text-lg">{decision}</p>
                        {item.dueAt ? (
                          <p className="font-semibold">
                            {t("dueAt", { date: shanghaiDateText(locale, item.dueAt, false).text })}
                          </p>
                        ) : null}
                      </div>
                    ) : (
                      <p className="text-lg">{t("pending")}</p>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      <p>
        <LocaleLink
          locale={locale}
          href="/wishes/track"
          className="inline-flex min-h-11 items-center text-brand underline"
        >
          {t("trackLink")}
        </LocaleLink>
      </p>
    </div>
  );
}

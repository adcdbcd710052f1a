import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LocaleLink } from "@/components/locale-link";
import { PageTop } from "@/components/page-top";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { remindersByEmail } from "@/lib/reminders/request-reminder";
import { ReminderPanel } from "./reminder-panel";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/reminders">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reminders" });
  return {
    title: t("title"),
    description: t("intro"),
    alternates: {
      canonical: localePath(locale, "/reminders"),
      languages: { "zh-CN": "/reminders", en: "/en/reminders" },
    },
  };
}

/**
 * /reminders: a message the day before each market day (issue 13 §4). Static
 * like the tracking page: the steps' answers come back from the Server Actions,
 * never in the URL.
 */
export default async function RemindersPage({ params }: PageProps<"/[locale]/[display]/reminders">) {
  const { locale, display } = await publicPage(params);
  const t = await getTranslations({ locale, namespace: "reminders" });
  return (
    <div className="space-y-6">
      <PageTop locale={locale} display={display} path="/reminders" trail={[{ label: t("title") }]} title={t("title")} />
      <p className="text-lg">{t("intro")}</p>
      <ul className="list-disc space-y-1 pl-6 text-lg">
        <li>{t("rules.what")}</li>
        <li>{t("rules.stop")}</li>
        <li>{t("rules.privacy")}</li>
      </ul>
      <ClientMessages locale={locale} namespaces={["forms", "reminders"]}>
        <ReminderPanel locale={locale} permalink={localePath(locale, "/reminders")} email={remindersByEmail()} />
      </ClientMessages>
      <p>
        <LocaleLink locale={locale} href="/privacy" className="inline-flex min-h-11 items-center text-brand underline">
          {t("privacyLink")}
        </LocaleLink>
      </p>
    </div>
  );
}

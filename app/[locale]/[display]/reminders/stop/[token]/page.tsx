import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageTop } from "@/components/page-top";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { verifyMessageLink } from "@/lib/notifications/messages/message-link";
import { stopReminderAction } from "../../actions";
import { TokenButton } from "../../token-button";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** /reminders/stop/<token>: the stop link in every reminder: one button, nothing to type. */
export default async function StopReminderPage({ params }: PageProps<"/[locale]/[display]/reminders/stop/[token]">) {
  const { locale, display } = await publicPage(params);
  await connection();
  const { token } = await params;
  const t = await getTranslations({ locale, namespace: "reminders" });
  const check = verifyMessageLink("reminder-stop", token, new Date());
  const path = `/reminders/stop/${token}`;
  return (
    <div className="space-y-6">
      <PageTop
        locale={locale}
        display={display}
        path={path}
        trail={[{ label: t("title"), href: "/reminders" }, { label: t("stopTitle") }]}
        title={t("stopTitle")}
      />
      {check.ok ? (
        <ClientMessages locale={locale} namespaces={["forms", "reminders"]}>
          <p className="text-lg">{t("stopBody")}</p>
          <TokenButton
            action={stopReminderAction}
            token={token}
            locale={locale}
            permalink={localePath(locale, path)}
            label={t("stopButton")}
            pendingLabel={t("stopping")}
          />
        </ClientMessages>
      ) : (
        <p className="text-lg">{t("linkGone")}</p>
      )}
    </div>
  );
}

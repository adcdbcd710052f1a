import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageTop } from "@/components/page-top";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { verifyMessageLink } from "@/lib/notifications/messages/message-link";
import { confirmReminderLinkAction } from "../../actions";
import { TokenButton } from "../../token-button";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** /reminders/confirm/<token>: the email's confirmation link (double opt-in): one button. */
export default async function ConfirmReminderPage({
  params,
}: PageProps<"/[locale]/[display]/reminders/confirm/[token]">) {
  const { locale, display } = await publicPage(params);
  await connection();
  const { token } = await params;
  const t = await getTranslations({ locale, namespace: "reminders" });
  const check = verifyMessageLink("reminder-confirm", token, new Date());
  const path = `/reminders/confirm/${token}`;
  return (
    <div className="space-y-6">
      <PageTop
        locale={locale}
        display={display}
        path={path}
        trail={[{ label: t("title"), href: "/reminders" }, { label: t("confirmTitle") }]}
        title={t("confirmTitle")}
      />
      {check.ok ? (
        <ClientMessages locale={locale} namespaces={["forms", "reminders"]}>
          <p className="text-lg">{t("confirmBody")}</p>
          <TokenButton
            action={confirmReminderLinkAction}
            token={token}
            locale={locale}
            permalink={localePath(locale, path)}
            label={t("confirmButton")}
            pendingLabel={t("confirming")}
          />
        </ClientMessages>
      ) : (
        <p className="text-lg">{t("linkGone")}</p>
      )}
    </div>
  );
}

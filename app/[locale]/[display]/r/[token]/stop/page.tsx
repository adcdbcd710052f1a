import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LocaleLink } from "@/components/locale-link";
import { PageTop } from "@/components/page-top";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { verifyMessageLink } from "@/lib/notifications/messages/message-link";
import { StopForm } from "../stop-form";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * /r/<token>/stop, the unsubscribe link at the foot of every email: one button,
 * no sign-in, nothing to type. The token is a stop token; it cannot open the wish.
 */
export default async function StopMessagesPage({ params }: PageProps<"/[locale]/[display]/r/[token]/stop">) {
  const { locale, display } = await publicPage(params);
  await connection();
  const { token } = await params;
  const t = await getTranslations({ locale, namespace: "track" });
  const check = verifyMessageLink("stop", token, new Date());
  const path = `/r/${token}/stop`;
  return (
    <div className="space-y-6">
      <PageTop
        locale={locale}
        display={display}
        path={path}
        trail={[{ label: t("link.stopHeading") }]}
        title={t("link.stopHeading")}
      />
      {check.ok ? (
        <ClientMessages locale={locale} namespaces={["forms", "track"]}>
          <StopForm token={token} purpose="stop" locale={locale} permalink={localePath(locale, path)} stopped={false} />
        </ClientMessages>
      ) : (
        <p className="text-lg">{t(`link.${check.reason}.body`)}</p>
      )}
      <p>
        <LocaleLink
          locale={locale}
          href="/wishes/track"
          className="inline-flex min-h-11 items-center text-brand underline"
        >
          {t("link.toTrack")}
        </LocaleLink>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LocaleLink } from "@/components/locale-link";
import { PageTop } from "@/components/page-top";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { wishForLink } from "@/lib/wishes/link-request";
import { LinkPanel } from "./link-panel";
import { StopForm } from "./stop-form";

// A message's link opens one wish: never indexed, never cached, and the token
// is not sent on to other sites (the site-wide Referrer-Policy keeps paths home).
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * /r/<token>, from an SMS or email (issue 13): the reply and the rating form
 * without typing the code. An expired or broken link says so and leads to the
 * tracking page, where the code still works.
 */
export default async function ReplyLinkPage({ params }: PageProps<"/[locale]/[display]/r/[token]">) {
  const { locale, display } = await publicPage(params);
  await connection();
  const { token } = await params;
  const t = await getTranslations({ locale, namespace: "track" });
  const linked = await wishForLink(token, locale);
  const permalink = localePath(locale, `/r/${token}`);
  return (
    <div className="space-y-6">
      <PageTop
        locale={locale}
        display={display}
        path={`/r/${token}`}
        trail={[{ label: t("title"), href: "/wishes/track" }, { label: t("link.title") }]}
        title={t("link.title")}
      />
      {linked.ok ? (
        <ClientMessages locale={locale} namespaces={["forms", "track"]}>
          <LinkPanel wish={linked.wish} token={token} locale={locale} permalink={permalink} />
          <StopForm
            token={token}
            purpose="reply"
            locale={locale}
            permalink={permalink}
            stopped={linked.messagesStopped}
          />
        </ClientMessages>
      ) : (
        <div className="space-y-3 rounded-lg border-2 border-brand bg-white p-4">
          <h2 className="text-2xl font-bold">{t(`link.${linked.reason}.heading`)}</h2>
          <p className="text-lg">{t(`link.${linked.reason}.body`)}</p>
          <p>
            <LocaleLink
              locale={locale}
              href="/wishes/track"
              className="inline-flex min-h-11 items-center text-lg font-bold text-brand underline"
            >
              {t("link.toTrack")}
            </LocaleLink>
          </p>
        </div>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { KeepTypedOnToggle } from "@/components/keep-typed-on-toggle";
import { PageTop } from "@/components/page-top";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { LocaleLink } from "@/components/locale-link";
import { getOfficeContact } from "@/lib/community-office/queries";
import { TrackPanel } from "./track-panel";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/wishes/track">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "track" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: {
      canonical: localePath(locale, "/wishes/track"),
      languages: { "zh-CN": "/wishes/track", en: "/en/wishes/track" },
    },
  };
}

// A static page: the form is the same for everyone, and a look-up's answer comes
// back from the Server Action (actions.ts), never from the URL.
export default async function TrackPage({ params }: PageProps<"/[locale]/[display]/wishes/track">) {
  const { locale, display } = await publicPage(params);
  const t = await getTranslations({ locale, namespace: "track" });
  const office = await getOfficeContact(locale);
  const link = "inline-flex min-h-11 items-center text-brand underline";
  return (
    <div className="space-y-6">
      <PageTop
        locale={locale}
        display={display}
        path="/wishes/track"
        trail={[{ label: t("title") }]}
        title={t("title")}
      />
      <p className="text-lg">{t("intro")}</p>
      <ClientMessages locale={locale} namespaces={["forms", "track"]}>
        <TrackPanel locale={locale} permalink={localePath(locale, "/wishes/track")} />
      </ClientMessages>
      {/* This device's own wishes, without typing a code (read per request on
          that page: this one stays static). */}
      <p className="text-lg">
        <LocaleLink locale={locale} href="/wishes/mine" className={`${link} font-bold`}>
          {t("links.mine")}
        </LocaleLink>
      </p>
      {/* The way back for a lost code: a person, by phone, who can find the
          wish by the resident's phone number (the code never has to be read out). */}
      <section aria-labelledby="forgot-heading" className="space-y-2 rounded-lg border border-neutral-300 bg-white p-4">
        <h2 id="forgot-heading" className="text-xl font-bold">
          {t("forgot.heading")}
        </h2>
        {office ? (
          <>
            <p className="text-lg">
              {t("forgot.call")}{" "}
              <a
                href={`tel:${office.phone.replace(/[^\d+]/g, "")}`}
                className="inline-flex min-h-11 items-center whitespace-nowrap font-bold text-brand underline"
                data-testid="office-phone"
              >
                {office.phone}
              </a>
            </p>
            {office.hours ? <p>{t("forgot.hours", { hours: office.hours })}</p> : null}
            <p>{t("forgot.promise")}</p>
          </>
        ) : (
          <p>{t("forgot.noPhone")}</p>
        )}
      </section>
      {/* A display toggle reloads the page: this keeps the code and digits typed. */}
      <KeepTypedOnToggle />
      <ul className="flex flex-wrap gap-x-6">
        <li>
          <LocaleLink locale={locale} href="/wishes/new" className={link}>
            {t("links.submit")}
          </LocaleLink>
        </li>
        <li>
          <LocaleLink locale={locale} href="/wishes" className={link}>
            {t("links.wall")}
          </LocaleLink>
        </li>
      </ul>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTop } from "@/components/page-top";
import { publicPage } from "@/lib/display/page-guard";
import { languageAlternates } from "@/lib/i18n/alternates";
import { LocaleLink } from "@/components/locale-link";

type Props = PageProps<"/[locale]/[display]/privacy">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy" });
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: languageAlternates(locale, "/privacy"),
  };
}

/** Sections and their paragraphs, in reading order (keys of the "privacy" messages). */
const SECTIONS = [
  { id: "purpose", items: ["text"] },
  { id: "minimum", items: ["fields", "anonymous", "consent"] },
  { id: "messages", items: ["consent", "what", "when", "links", "stop"] },
  { id: "protection", items: ["encrypted", "lookup", "limits"] },
  { id: "access", items: ["staff", "referral", "wall"] },
  { id: "retention", items: ["text"] },
  { id: "rights", items: ["see", "correct", "delete", "withdraw", "how"] },
  { id: "contact", items: ["text"] },
] as const;

// Static text from the "privacy" messages, written from PIPL's principles for
// older readers: short sentences, one idea each, lists where there are several.
export default async function PrivacyPage({ params }: Props) {
  const { locale, display } = await publicPage(params);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <PageTop locale={locale} display={display} path="/privacy" trail={[{ label: t("title") }]} title={t("title")} />
      <p className="text-lg">{t("intro")}</p>
      {SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`privacy-${section.id}`} className="space-y-2">
          <h2 id={`privacy-${section.id}`} className="text-2xl font-bold">
            {t(`${section.id}.title`)}
          </h2>
          {section.items.length === 1 ? (
            <p>{t(`${section.id}.${section.items[0]}`)}</p>
          ) : (
            <ul className="list-disc space-y-2 pl-6">
              {section.items.map((item) => (
                <li key={item}>{t(`${section.id}.${item}`)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p>
        <LocaleLink
          locale={locale}
          href="/wishes/new"
          className="inline-flex min-h-12 items-center justify-center rounded bg-brand px-6 text-lg font-bold text-white no-underline hover:bg-brand-dark"
        >
          {t("submitWish")}
        </LocaleLink>
      </p>
    </div>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <section className="rounded-lg bg-white p-6" aria-labelledby="nf-title">
      <h1 id="nf-title" className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-3">{t("body")}</p>
      <LocaleLink
        locale={locale}
        href="/"
        className="mt-4 inline-flex min-h-11 items-center rounded bg-brand px-5 text-white no-underline"
      >
        {t("back")}
      </LocaleLink>
    </section>
  );
}

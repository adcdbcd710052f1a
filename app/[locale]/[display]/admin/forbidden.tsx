import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// Rendered (with status 403) when requireStaffPage() finds the role may not use a page.
export default async function Forbidden() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "adminAuth" });
  return (
    <section className="rounded-lg bg-white p-6" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title" className="text-3xl font-bold">
        {t("forbidden.title")}
      </h1>
      <p className="mt-3">{t("forbidden.body")}</p>
      <Link
        href="/admin"
        className="mt-4 inline-flex min-h-11 items-center rounded bg-brand px-5 text-white no-underline"
      >
        {t("forbidden.back")}
      </Link>
    </section>
  );
}

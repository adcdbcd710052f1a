import { getTranslations } from "next-intl/server";

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <footer className="mt-12 border-t border-neutral-300 bg-white print:hidden">
      <p className="mx-auto max-w-5xl px-4 py-6 text-muted">{t("footer")}</p>
    </footer>
  );
}

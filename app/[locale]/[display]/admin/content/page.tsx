import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/admin/content">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ContentIndexPage({ params }: PageProps<"/[locale]/[display]/admin/content">) {
  const { locale } = await publicPage(params);
  await requireStaffPage("content.manage");
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const sections = [
    { href: "/admin/content/market-days", key: "marketDays" },
    { href: "/admin/content/stalls", key: "stalls" },
    { href: "/admin/content/organizations", key: "organizations" },
    { href: "/admin/content/office", key: "office" },
    { href: "/admin/content/synonyms", key: "synonyms" },
    { href: "/admin/content/deadlines", key: "deadlines" },
    { href: "/admin/content/calendar", key: "calendar" },
  ] as const;
  return (
    <div className="space-y-6">
      <ContentHeading back={{ href: "/admin", label: t("common.backToDashboard") }} title={t("title")} />
      <p className="text-lg">{t("intro")}</p>
      <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {sections.map((s) => (
          <li key={s.key}>
            <Link
              href={s.href}
              className="flex min-h-28 flex-col gap-2 rounded-lg border-2 border-ink bg-white p-4 text-ink no-underline hover:border-brand"
            >
              <span className="text-2xl font-bold text-brand underline">{t(`sections.${s.key}`)}</span>
              <span className="text-lg">{t(`sections.${s.key}Hint`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

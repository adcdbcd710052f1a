import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTop } from "@/components/page-top";
import { OrganizationType } from "@/lib/db/generated/enums";
import { publicPage } from "@/lib/display/page-guard";
import { languageAlternates } from "@/lib/i18n/alternates";
import { LocaleLink } from "@/components/locale-link";
import { localized } from "@/lib/i18n/localized";
import { listOrganizations } from "@/lib/organizations/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/organizations">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "organizations" });
  return {
    title: t("title"),
    description: t("intro"),
    alternates: languageAlternates(locale, "/organizations"),
  };
}

export default async function OrganizationsPage({ params }: PageProps<"/[locale]/[display]/organizations">) {
  const { locale, display } = await publicPage(params);
  const t = await getTranslations({ locale, namespace: "organizations" });
  const labels = await getTranslations({ locale, namespace: "marketDays" });
  const organizations = await listOrganizations();
  // Grouped in the schema's order of types; empty groups are left out.
  const groups = Object.values(OrganizationType)
    .map((type) => ({ type, members: organizations.filter((o) => o.type === type) }))
    .filter((group) => group.members.length > 0);

  return (
    <div className="space-y-8">
      <PageTop
        locale={locale}
        display={display}
        path="/organizations"
        trail={[{ label: t("title") }]}
        title={t("title")}
      />
      <p className="text-lg">{t("intro")}</p>
      {groups.map((group) => (
        <section key={group.type} aria-labelledby={`type-${group.type}`}>
          <h2 id={`type-${group.type}`} className="text-2xl font-bold">
            {labels(`organizationType.${group.type}`)}
          </h2>
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {group.members.map((org) => (
              <li key={org.id} className="rounded-lg border border-neutral-300 bg-white px-4 py-2">
                <LocaleLink
                  locale={locale}
                  href={`/organizations/${org.id}`}
                  className="inline-flex min-h-11 items-center text-lg font-semibold text-brand underline"
                >
                  {localized(locale, org.name, org.nameEn)}
                </LocaleLink>
                <p className="text-muted">{t("stallCount", { count: org.stallCount })}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

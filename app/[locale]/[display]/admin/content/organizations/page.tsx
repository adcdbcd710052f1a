import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading, buttonLinkClass, tableLinkClass } from "@/components/admin/content/content-heading";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { listOrganizationsForAdmin } from "@/lib/organizations/admin-queries";

type Props = PageProps<"/[locale]/[display]/admin/content/organizations">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("organizations.title"), robots: { index: false, follow: false } };
}

export default async function AdminOrganizationsPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const tType = await getTranslations({ locale, namespace: "marketDays.organizationType" });
  const organizations = await listOrganizationsForAdmin(actor.communityId);
  return (
    <div className="space-y-6">
      <ContentHeading
        back={{ href: "/admin/content", label: t("common.backToContent") }}
        title={t("organizations.title")}
      />
      <Link href="/admin/content/organizations/new" className={buttonLinkClass}>
        {t("organizations.new")}
      </Link>
      {organizations.length === 0 ? (
        <p className="text-lg">{t("organizations.empty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-lg">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("organizations.name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("organizations.type")}
                </th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((org) => (
                <tr key={org.id} className="border-b border-ink/30">
                  <td className="py-2 pr-4">
                    <Link href={`/admin/content/organizations/${org.id}`} className={tableLinkClass}>
                      {org.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{tType(org.type)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

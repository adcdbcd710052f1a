import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { OrganizationForm } from "@/components/admin/content/organization-form";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { createOrganizationAction } from "../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/organizations/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("organizations.new"), robots: { index: false, follow: false } };
}

export default async function NewOrganizationPage({ params }: Props) {
  const { locale } = await publicPage(params);
  await requireStaffPage("content.manage");
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return (
    <div className="space-y-6">
      <ContentHeading back={{ href: "/admin/content/organizations", label: t("organizations.title") }} title={t("organizations.new")} />
      <OrganizationForm action={createOrganizationAction} locale={locale} initialValues={{}} submitLabel={t("common.create")} />
    </div>
  );
}

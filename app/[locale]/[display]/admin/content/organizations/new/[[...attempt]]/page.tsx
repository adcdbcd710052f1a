import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { OrganizationForm } from "@/components/admin/content/organization-form";
import { requireStaffPage } from "@/lib/auth/session";
import { formPostback } from "@/lib/content/form-postback";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { createOrganizationAction } from "../../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/organizations/new/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("organizations.new"), robots: { index: false, follow: false } };
}

export default async function NewOrganizationPage({ params }: Props) {
  const { locale } = await publicPage(params);
  await requireStaffPage("content.manage");
  const postback = await formPostback(locale, "/admin/content/organizations/new", (await params).attempt);
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return (
    <div className="space-y-6">
      <ContentHeading
        back={{ href: "/admin/content/organizations", label: t("organizations.title") }}
        title={t("organizations.new")}
      />
      <OrganizationForm
        action={createOrganizationAction}
        locale={locale}
        postback={postback}
        initialValues={{}}
        submitLabel={t("common.create")}
      />
    </div>
  );
}

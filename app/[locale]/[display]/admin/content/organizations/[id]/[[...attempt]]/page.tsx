import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { OrganizationForm } from "@/components/admin/content/organization-form";
import { requireStaffPage } from "@/lib/auth/session";
import { formPostback } from "@/lib/content/form-postback";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { getOrganizationForAdmin } from "@/lib/organizations/admin-queries";
import { organizationFormValues } from "@/lib/organizations/organization-form-schema";
import { isUuid } from "@/lib/uuid";
import { updateOrganizationAction } from "../../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/organizations/[id]/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("organizations.title"), robots: { index: false, follow: false } };
}

export default async function EditOrganizationPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const { id, attempt } = await params;
  if (!isUuid(id)) notFound();
  const postback = await formPostback(locale, `/admin/content/organizations/${id}`, attempt);
  const org = await getOrganizationForAdmin(actor.communityId, id);
  if (!org) notFound();
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const created = (await searchParams).created === "1";
  return (
    <div className="space-y-6">
      <ContentHeading
        back={{ href: "/admin/content/organizations", label: t("organizations.title") }}
        title={t("organizations.editTitle", { name: org.name })}
        created={created ? t("common.created") : undefined}
      />
      <OrganizationForm
        action={updateOrganizationAction}
        locale={locale}
        postback={postback}
        id={org.id}
        initialValues={organizationFormValues(org)}
        submitLabel={t("common.save")}
      />
    </div>
  );
}

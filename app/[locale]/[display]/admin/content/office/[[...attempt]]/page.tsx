import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { OfficeForm } from "@/components/admin/content/office-form";
import { requireStaffPage } from "@/lib/auth/session";
import { officeFormValues } from "@/lib/community-office/office-form-schema";
import { getOfficeContactForAdmin } from "@/lib/community-office/queries";
import { formPostback } from "@/lib/content/form-postback";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { updateOfficeContactAction } from "../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/office/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("office.title"), robots: { index: false, follow: false } };
}

export default async function OfficeSettingsPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const { attempt } = await params;
  const postback = await formPostback(locale, "/admin/content/office", attempt);
  const office = await getOfficeContactForAdmin(actor.communityId);
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return (
    <div className="space-y-6">
      <ContentHeading back={{ href: "/admin/content", label: t("title") }} title={t("office.title")} />
      <p className="text-lg">{t("office.intro")}</p>
      <OfficeForm
        action={updateOfficeContactAction}
        locale={locale}
        postback={postback}
        initialValues={officeFormValues(office)}
        submitLabel={t("common.save")}
      />
    </div>
  );
}

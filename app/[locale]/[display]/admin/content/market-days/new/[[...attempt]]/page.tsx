import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { MarketDayForm } from "@/components/admin/content/market-day-form";
import { requireStaffPage } from "@/lib/auth/session";
import { formPostback } from "@/lib/content/form-postback";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { listOrganizationsForAdmin } from "@/lib/organizations/admin-queries";
import { createMarketDayAction } from "../../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/market-days/new/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("marketDays.new"), robots: { index: false, follow: false } };
}

export default async function NewMarketDayPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const postback = await formPostback(locale, "/admin/content/market-days/new", (await params).attempt);
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const organizations = await listOrganizationsForAdmin(actor.communityId);
  return (
    <div className="space-y-6">
      <ContentHeading
        back={{ href: "/admin/content/market-days", label: t("marketDays.title") }}
        title={t("marketDays.new")}
      />
      <MarketDayForm
        action={createMarketDayAction}
        locale={locale}
        postback={postback}
        initialValues={{}}
        organizations={organizations}
        submitLabel={t("common.create")}
      />
    </div>
  );
}

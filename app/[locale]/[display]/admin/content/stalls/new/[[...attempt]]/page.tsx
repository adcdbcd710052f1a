import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { StallForm } from "@/components/admin/content/stall-form";
import { requireStaffPage } from "@/lib/auth/session";
import { formPostback } from "@/lib/content/form-postback";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { listMarketDayOptions } from "@/lib/market-days/admin-queries";
import { listOrganizationsForAdmin } from "@/lib/organizations/admin-queries";
import { isUuid } from "@/lib/uuid";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { createStallAction } from "../../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/stalls/new/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("stalls.new"), robots: { index: false, follow: false } };
}

export default async function NewStallPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const postback = await formPostback(locale, "/admin/content/stalls/new", (await params).attempt);
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const [days, organizations] = await Promise.all([
    listMarketDayOptions(actor.communityId),
    listOrganizationsForAdmin(actor.communityId),
  ]);
  const requested = (await searchParams).marketDay;
  const marketDayId = typeof requested === "string" && isUuid(requested) ? requested : "";
  return (
    <div className="space-y-6">
      <ContentHeading back={{ href: "/admin/content/stalls", label: t("stalls.title") }} title={t("stalls.new")} />
      <StallForm
        action={createStallAction}
        locale={locale}
        postback={postback}
        initialValues={{ marketDayId }}
        marketDays={days.map((d) => ({
          value: d.id,
          label: `${shanghaiDateText(locale, d.startsAt, false).text} ${d.title}`,
        }))}
        organizations={organizations}
        submitLabel={t("common.create")}
      />
    </div>
  );
}

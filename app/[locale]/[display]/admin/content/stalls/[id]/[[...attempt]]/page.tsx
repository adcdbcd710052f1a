import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { StallForm } from "@/components/admin/content/stall-form";
import { requireStaffPage } from "@/lib/auth/session";
import { formPostback } from "@/lib/content/form-postback";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { listMarketDayOptions } from "@/lib/market-days/admin-queries";
import { listOrganizationsForAdmin } from "@/lib/organizations/admin-queries";
import { getStallForAdmin } from "@/lib/stalls/admin-queries";
import { stallFormValues } from "@/lib/stalls/stall-form-schema";
import { isUuid } from "@/lib/uuid";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { updateStallAction } from "../../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/stalls/[id]/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("stalls.title"), robots: { index: false, follow: false } };
}

export default async function EditStallPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const { id, attempt } = await params;
  if (!isUuid(id)) notFound();
  const postback = await formPostback(locale, `/admin/content/stalls/${id}`, attempt);
  const [stall, days, organizations] = await Promise.all([
    getStallForAdmin(actor.communityId, id),
    listMarketDayOptions(actor.communityId),
    listOrganizationsForAdmin(actor.communityId),
  ]);
  if (!stall) notFound();
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const created = (await searchParams).created === "1";
  return (
    <div className="space-y-6">
      <ContentHeading
        back={{ href: `/admin/content/stalls?marketDay=${stall.marketDayId}`, label: t("stalls.title") }}
        title={t("stalls.editTitle", { name: stall.name })}
        created={created ? t("common.created") : undefined}
      />
      <StallForm
        action={updateStallAction}
        locale={locale}
        postback={postback}
        id={stall.id}
        initialValues={stallFormValues(stall)}
        marketDays={days.map((d) => ({
          value: d.id,
          label: `${shanghaiDateText(locale, d.startsAt, false).text} ${d.title}`,
        }))}
        organizations={organizations}
        submitLabel={t("common.save")}
      />
    </div>
  );
}

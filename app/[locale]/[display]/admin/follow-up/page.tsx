import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { renderFollowUpPage } from "./follow-up-page";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/[display]/admin/follow-up">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "adminFollowUp" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function FollowUpPage({ params }: PageProps<"/[locale]/[display]/admin/follow-up">) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("wish.followUp");
  return renderFollowUpPage({ locale, actor, attempt: randomUUID() });
}

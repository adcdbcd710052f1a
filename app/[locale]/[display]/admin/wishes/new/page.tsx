import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { renderEntryPage } from "./entry-page";

type Props = PageProps<"/[locale]/[display]/admin/wishes/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "adminWishes" });
  return { title: t("entry.title"), robots: { index: false, follow: false } };
}

export default async function OnSiteEntryPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("wish.create");
  return renderEntryPage({ locale, actor, attempt: randomUUID() });
}

import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { renderWishPage } from "./wish-page";

type Props = PageProps<"/[locale]/[display]/admin/wishes/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "adminWishes" });
  return { title: t("detail.title"), robots: { index: false, follow: false } };
}

export default async function WishPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const { id } = await params;
  const actor = await requireStaffPage("wish.view");
  return renderWishPage({ locale, id, actor, attempt: randomUUID() });
}

import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { WishFormPage } from "@/components/wish-form/wish-form-page";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { submitWishAction } from "../actions";

type Props = PageProps<"/[locale]/[display]/wishes/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "wishForm" });
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: {
      canonical: localePath(locale, "/wishes/new"),
      languages: { "zh-CN": "/wishes/new", en: "/en/wishes/new" },
    },
  };
}

// Where residents arrive, from the menu or a stall's QR poster
// (?marketDay=<slug>&stall=<id>). Rendered per request: each form has its own
// idempotency key and its own path to post to (see components/wish-form/wish-form-page.tsx).
export default async function NewWishPage({ params, searchParams }: Props) {
  const { locale, display } = await publicPage(params);
  await connection();
  return (
    <WishFormPage
      locale={locale}
      display={display}
      query={await searchParams}
      attempt={randomUUID()}
      action={submitWishAction}
    />
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StallDirectory } from "@/components/stall-directory";
import { publicPage } from "@/lib/display/page-guard";
import { languageAlternates } from "@/lib/i18n/alternates";
import { parseDirectoryFilter } from "@/lib/stalls/directory-filter";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/stalls">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "stalls" });
  return {
    title: t("title"),
    description: t("intro"),
    alternates: languageAlternates(locale, "/stalls"),
  };
}

// The unfiltered directory. A filled-in search never arrives here: the proxy sends
// /stalls?… to stalls/search/[filter], so this page never reads searchParams.
export default async function StallsPage({ params }: PageProps<"/[locale]/[display]/stalls">) {
  const { locale, display } = await publicPage(params);
  return <StallDirectory locale={locale} display={display} filter={parseDirectoryFilter(new URLSearchParams())} />;
}

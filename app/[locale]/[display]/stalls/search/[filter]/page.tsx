import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StallDirectory } from "@/components/stall-directory";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { filterFromSegment } from "@/lib/stalls/directory-filter";

// Cache Components needs one param set at build time; publicPage() 404s it
// (its display segment is the placeholder) before any database read.
export function generateStaticParams() {
  return [{ filter: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/[display]/stalls/search/[filter]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "stalls" });
  // Search results are endless variations of one page: keep them out of search engines.
  return { title: t("title"), robots: { index: false, follow: true } };
}

/** A filtered directory: the proxy rewrote /stalls?audience=…&q=… to this path. */
export default async function StallSearchPage({ params }: PageProps<"/[locale]/[display]/stalls/search/[filter]">) {
  const { locale, display } = await publicPage(params);
  const { filter } = await params;
  return <StallDirectory locale={locale} display={display} filter={filterFromSegment(filter)} />;
}

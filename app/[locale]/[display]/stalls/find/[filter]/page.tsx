import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { StallDirectory } from "@/components/stall-directory";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { filterFromSegment, parseDirectoryFilter } from "@/lib/stalls/directory-filter";

// Cache Components needs one param set at build time; publicPage() 404s it
// (its display segment is the placeholder) before any database read.
export function generateStaticParams() {
  return [{ filter: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/[display]/stalls/find/[filter]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "stalls" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

/**
 * A free-text search of the directory: the proxy rewrote /stalls?q=…&category=…
 * to /stalls/find/<audience and category>?q=…. connection() makes the page render
 * per request, never written to the page cache (one entry per distinct query
 * would let random searches fill the disk); what is cached is bounded: the stall
 * list (lib/stalls/directory-index.ts). No Suspense boundary: a streamed-in
 * boundary needs JavaScript to be shown, and a resident with it off (or an old
 * WeChat browser) would see an empty page. The admin layout renders the same way.
 */
export default async function StallFindPage({
  params,
  searchParams,
}: PageProps<"/[locale]/[display]/stalls/find/[filter]">) {
  // First, as in every page: the build's placeholder params 404 here, before
  // anything dynamic, so `next build` prerenders nothing and needs no database.
  const { locale, display } = await publicPage(params);
  await connection();
  const { filter } = await params;
  const raw = (await searchParams).q;
  const q = parseDirectoryFilter(new URLSearchParams({ q: typeof raw === "string" ? raw : "" })).q;
  return <StallDirectory locale={locale} display={display} filter={{ ...filterFromSegment(filter), q }} />;
}

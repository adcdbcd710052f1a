import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { StallDirectory } from "@/components/stall-directory";
import { BUILD_PLACEHOLDER, type DisplayMode } from "@/lib/display/display-mode";
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
 * to /stalls/find/<audience and category>?q=…. The words are read from the
 * query string inside Suspense, so they are rendered per request and never
 * written to the page cache (one entry per distinct query would let random
 * searches fill the disk). What is cached is bounded: the page's shell per
 * audience and category, and the stall list (lib/stalls/directory-index.ts).
 */
export default async function StallFindPage({
  params,
  searchParams,
}: PageProps<"/[locale]/[display]/stalls/find/[filter]">) {
  const { locale, display } = await publicPage(params);
  const { filter } = await params;
  return (
    <Suspense fallback={null}>
      <FoundStalls locale={locale} display={display} segment={filter} searchParams={searchParams} />
    </Suspense>
  );
}

async function FoundStalls({
  locale,
  display,
  segment,
  searchParams,
}: {
  locale: string;
  display: DisplayMode;
  segment: string;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).q;
  const q = parseDirectoryFilter(new URLSearchParams({ q: typeof raw === "string" ? raw : "" })).q;
  return <StallDirectory locale={locale} display={display} filter={{ ...filterFromSegment(segment), q }} />;
}

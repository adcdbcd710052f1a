import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { getStallCodeTarget } from "@/lib/market-days/stall-code-queries";

type Props = PageProps<"/[locale]/[display]/q/[code]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ code: BUILD_PLACEHOLDER }];
}

// A hop, not a page to find in a search engine.
export const metadata: Metadata = { robots: { index: false, follow: false } };

// The short address on a stall's poster, /q/261219-7 (lib/market-days/stall-code.ts):
// on to the wish form at that stall, in the same language. The form page, not
// this one, says when that market day is over (components/wish-form).
//
// A page rather than a route handler so that an unknown code gets the portal's
// own 404 (./not-found.tsx) instead of a bare status. The redirect is thrown
// before anything streams, so Next answers with a plain HTTP 307 (checked in
// tests/e2e/stall-code.spec.ts): no JavaScript needed, any QR reader follows it.
// Next renders it per request; the lookup behind it is cached.
export default async function StallCodePage({ params }: Props) {
  const { locale } = await publicPage(params);
  const { code } = await params;
  const target = await getStallCodeTarget(code);
  if (!target) notFound();
  const query = new URLSearchParams({ marketDay: target.marketDay.slug, stall: target.stall.id });
  redirect(localePath(locale, `/wishes/new?${query.toString()}`));
}

import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { BUILD_PLACEHOLDER, flagsOf, isDisplayMode } from "@/lib/display/display-mode";
import { routing } from "@/lib/i18n/routing";
import { env } from "@/lib/env";
import "../../globals.css";

// Pages are rendered on their first request and then served from the cache
// (see lib/cache/tags.ts): `next build` needs no database. Rendering blocks
// until the page is complete, so residents with JavaScript off get whole pages.
export const instant = false;

// Cache Components needs one prerenderable param set; the placeholder mode renders
// nothing from the database (pages call notFound() for it), so the build stays
// database-free and every real page is rendered at runtime, then cached.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale, display: BUILD_PLACEHOLDER }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]/[display]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(env.HUIYIN_PUBLIC_URL),
    title: { default: t("title"), template: `%s · ${t("name")}` },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b3261e" };

export default async function RootLayout({ children, params }: LayoutProps<"/[locale]/[display]">) {
  const { locale, display } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const flags = flagsOf(isDisplayMode(display) ? display : "standard");
  const className = [flags.large ? "text-large" : "", flags.contrast ? "contrast-high" : ""].join(" ").trim();
  return (
    <html lang={locale} className={className || undefined}>
      <body className="flex min-h-screen flex-col">
        {/* No client messages here: the reading pages have no client-side text
            (the error page carries its own). Features that need them wrap
            themselves in <ClientMessages> (wishes, admin). */}
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-5 focus:outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}

import { serializeJsonLd } from "@/lib/market-days/structured-data";

/** Structured data for search engines; serializeJsonLd keeps "</script>" in content harmless. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

// The "similar wishes" section of the staff wish page (lib/wishes/similar-wishes.ts):
// the texts and reasons are put together here, on the server, and the client list
// only carries the one-click merge forms.
import { getTranslations } from "next-intl/server";
import type { SimilarWish } from "@/lib/wishes/similar-wishes";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { SimilarWishList, type SimilarWishView } from "./similar-wish-list";

export async function SimilarWishes({
  locale,
  similar,
  wishId,
  version,
  canMerge,
  action,
  permalink,
  basePath = "/admin/wishes",
}: {
  locale: string;
  similar: SimilarWish[];
  wishId: string;
  version: number;
  canMerge: boolean;
  action: React.ComponentProps<typeof SimilarWishList>["action"];
  permalink: string;
  /** Where a wish's page is: the subdistrict's read-only view has its own. */
  basePath?: string;
}) {
  const t = await getTranslations({ locale, namespace: "adminWishes.similar" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const items = similar.map((w): SimilarWishView => ({
    id: w.id,
    trackingCode: w.trackingCode,
    codeText: formatTrackingCode(w.trackingCode),
    statusLabel: labels(`status.${w.status}`),
    dateText: shanghaiDateText(locale, w.createdAt, false).text,
    excerpt: w.excerpt,
    reasons: [
      ...(w.textSimilarity >= 0.05 ? [t("textAlike", { percent: Math.round(w.textSimilarity * 100) })] : []),
      ...(w.sameBuilding ? [t("sameBuilding")] : []),
      ...(w.sameCategory && w.category ? [t("sameCategory", { category: labels(`category.${w.category}`) })] : []),
      ...(w.supportCount > 0 ? [t("meToo", { count: w.supportCount })] : []),
    ],
  }));
  return (
    <section aria-labelledby="wish-similar-heading" className="space-y-3">
      <h2 id="wish-similar-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="text-lg">{items.length ? t("intro") : t("none")}</p>
      {items.length ? (
        <SimilarWishList
          items={items}
          wishId={wishId}
          version={version}
          canMerge={canMerge}
          action={action}
          permalink={permalink}
          basePath={basePath}
        />
      ) : null}
    </section>
  );
}

// A unit's public accountability figures (issue 14 §3, like Decidim's
// accountability module): the same counts staff see, for everything the unit
// was ever sent, on its public page. Counts and durations only: nothing about
// any wish or resident. Cached with the public wish figures, which every
// transition that moves them revalidates (lib/cache/invalidate-public-content.ts).
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { queryUnitFigures, type UnitFigures } from "@/lib/reports/unit-figures";

export async function getUnitAccountability(organizationId: string): Promise<UnitFigures | null> {
  "use cache";
  cacheTag(cacheTags.wishFigures, cacheTags.organization(organizationId));
  cacheLife("hours");
  const [figures] = await queryUnitFigures({ organizationId });
  return figures ?? null;
}

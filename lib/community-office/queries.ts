// The community office's contact settings, as residents see them: the way back
// for a lost tracking code (staff can find a wish by the phone number given)
// and a line in the site footer.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";
import { localized } from "@/lib/i18n/localized";

export interface OfficeContact {
  phone: string;
  /** In the page's language (Chinese when no English was entered). */
  hours: string | null;
}

/** The office's phone and hours, or null when the community has not set a phone. */
export async function getOfficeContact(locale: string): Promise<OfficeContact | null> {
  "use cache";
  cacheTag(cacheTags.community);
  cacheLife("hours");
  const community = await db.community.findUnique({
    where: { slug: publicCommunitySlug() },
    select: { officePhone: true, officeHours: true, officeHoursEn: true },
  });
  if (!community?.officePhone) return null;
  return {
    phone: community.officePhone,
    hours: community.officeHours ? localized(locale, community.officeHours, community.officeHoursEn) : null,
  };
}

/** The settings as stored, for the dashboard's form (not cached: staff see what they saved). */
export async function getOfficeContactForAdmin(communityId: string) {
  return db.community.findUniqueOrThrow({
    where: { id: communityId },
    select: { officePhone: true, officeHours: true, officeHoursEn: true },
  });
}

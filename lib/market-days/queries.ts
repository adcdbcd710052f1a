// Public reads of market days. Every function is cached ('use cache') under the
// tags in lib/cache/tags.ts; drafts are never returned.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import type {
  MarketDayRole,
  MarketDayStatus,
  OrganizationType,
  StallCategory,
  Audience,
} from "@/lib/db/generated/enums";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";

export interface MarketDayCard {
  id: string;
  slug: string;
  title: string;
  titleEn: string | null;
  theme: string;
  themeEn: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string;
  placeEn: string | null;
  status: MarketDayStatus;
  stallCount: number;
}

export interface MarketDayLists {
  upcoming: MarketDayCard[];
  past: MarketDayCard[];
  /** The one to feature: the next upcoming, or else the latest past one. */
  featured: MarketDayCard | null;
}

const visible = () => ({
  community: { slug: publicCommunitySlug() },
  status: { in: ["PUBLISHED", "CANCELLED"] as MarketDayStatus[] },
});

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  titleEn: true,
  theme: true,
  themeEn: true,
  startsAt: true,
  endsAt: true,
  place: true,
  placeEn: true,
  status: true,
  _count: { select: { stalls: true } },
} as const;

/**
 * Upcoming (soonest first) and past (latest first) market days. Cancelled ones are
 * listed too, marked as such: a resident who saw the announcement must learn it is off.
 */
export async function listMarketDays(): Promise<MarketDayLists> {
  "use cache";
  cacheTag(cacheTags.marketDays);
  // "Upcoming" depends on the clock; an hour's staleness is harmless.
  cacheLife("hours");
  const now = new Date();
  const rows = await db.marketDay.findMany({ where: visible(), orderBy: { startsAt: "asc" }, select: cardSelect });
  const cards = rows.map(({ _count, ...row }) => ({ ...row, stallCount: _count.stalls }));
  const upcoming = cards.filter((c) => c.endsAt >= now);
  const past = cards.filter((c) => c.endsAt < now).reverse();
  const featured = upcoming.find((c) => c.status === "PUBLISHED") ?? past.find((c) => c.status === "PUBLISHED") ?? null;
  return { upcoming, past, featured };
}

export interface OrganizationRef {
  id: string;
  name: string;
  nameEn: string | null;
  type: OrganizationType;
}

export interface StallSummary {
  id: string;
  number: number;
  key: string;
  name: string;
  nameEn: string | null;
  category: StallCategory;
  audiences: Audience[];
  services: string[];
  servicesEn: string[];
  hostNote: string | null;
  hostNoteEn: string | null;
  hosts: OrganizationRef[];
}

export interface MarketDayDetail extends Omit<MarketDayCard, "stallCount"> {
  description: string | null;
  descriptionEn: string | null;
  address: string | null;
  addressEn: string | null;
  latitude: number | null;
  longitude: number | null;
  visitorCount: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
  isPast: boolean;
  organizations: (OrganizationRef & { role: MarketDayRole })[];
  stalls: StallSummary[];
}

const orgSelect = { id: true, name: true, nameEn: true, type: true } as const;

export const stallSummarySelect = {
  id: true,
  number: true,
  key: true,
  name: true,
  nameEn: true,
  category: true,
  audiences: true,
  services: true,
  servicesEn: true,
  hostNote: true,
  hostNoteEn: true,
  hosts: { select: { organization: { select: orgSelect } }, orderBy: { organization: { name: "asc" } } },
} as const;

export async function getMarketDay(slug: string): Promise<MarketDayDetail | null> {
  "use cache";
  cacheLife("hours");
  const row = await db.marketDay.findFirst({
    where: { ...visible(), slug },
    select: {
      ...cardSelect,
      description: true,
      descriptionEn: true,
      address: true,
      addressEn: true,
      latitude: true,
      longitude: true,
      visitorCount: true,
      publishedAt: true,
      updatedAt: true,
      organizations: { select: { role: true, organization: { select: orgSelect } }, orderBy: { role: "asc" } },
      stalls: { select: stallSummarySelect, orderBy: { number: "asc" } },
    },
  });
  if (!row) {
    // A draft published later must appear: tag the lookup by the list tag.
    cacheTag(cacheTags.marketDays);
    return null;
  }
  cacheTag(cacheTags.marketDay(row.id), ...row.organizations.map((o) => cacheTags.organization(o.organization.id)));
  for (const stall of row.stalls) {
    cacheTag(cacheTags.stall(stall.id), ...stall.hosts.map((h) => cacheTags.organization(h.organization.id)));
  }
  const { _count, organizations, stalls, latitude, longitude, ...rest } = row;
  void _count;
  return {
    ...rest,
    latitude: latitude === null ? null : Number(latitude),
    longitude: longitude === null ? null : Number(longitude),
    isPast: row.endsAt < new Date(),
    organizations: organizations.map((o) => ({ ...o.organization, role: o.role })),
    stalls: stalls.map(toStallSummary),
  };
}

export function toStallSummary<T extends { hosts: { organization: OrganizationRef }[] }>(
  stall: T,
): Omit<T, "hosts"> & { hosts: OrganizationRef[] } {
  return { ...stall, hosts: stall.hosts.map((h) => h.organization) };
}

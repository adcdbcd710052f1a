// Public reads of partner units (包联单位 / 共建党组织) and what they hosted.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import type { MarketDayRole, MarketDayStatus, OrganizationType } from "@/lib/db/generated/enums";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";

const visibleDay = { status: { in: ["PUBLISHED", "CANCELLED"] as MarketDayStatus[] } };

export interface OrganizationCard {
  id: string;
  name: string;
  nameEn: string | null;
  type: OrganizationType;
  stallCount: number;
}

export async function listOrganizations(): Promise<OrganizationCard[]> {
  "use cache";
  cacheTag(cacheTags.organizations, cacheTags.stalls, cacheTags.marketDays);
  cacheLife("hours");
  const rows = await db.organization.findMany({
    where: { community: { slug: publicCommunitySlug() } },
    select: {
      id: true,
      name: true,
      nameEn: true,
      type: true,
      _count: { select: { hostedStalls: { where: { stall: { marketDay: visibleDay } } } } },
    },
    orderBy: [{ type: "asc" }, { name: "asc" }],
  });
  return rows.map(({ _count, ...org }) => ({ ...org, stallCount: _count.hostedStalls }));
}

export interface OrganizationDetail {
  id: string;
  name: string;
  nameEn: string | null;
  type: OrganizationType;
  description: string | null;
  descriptionEn: string | null;
  stalls: {
    id: string;
    name: string;
    nameEn: string | null;
    marketDay: {
      id: string;
      slug: string;
      title: string;
      titleEn: string | null;
      startsAt: Date;
      status: MarketDayStatus;
    };
  }[];
  marketDays: {
    id: string;
    slug: string;
    title: string;
    titleEn: string | null;
    startsAt: Date;
    role: MarketDayRole;
  }[];
}

export async function getOrganization(id: string): Promise<OrganizationDetail | null> {
  "use cache";
  cacheTag(cacheTags.organization(id));
  cacheLife("hours");
  const dayRef = { id: true, slug: true, title: true, titleEn: true, startsAt: true, status: true } as const;
  const row = await db.organization.findFirst({
    where: { id, community: { slug: publicCommunitySlug() } },
    select: {
      id: true,
      name: true,
      nameEn: true,
      type: true,
      description: true,
      descriptionEn: true,
      hostedStalls: {
        where: { stall: { marketDay: visibleDay } },
        select: { stall: { select: { id: true, name: true, nameEn: true, marketDay: { select: dayRef } } } },
        orderBy: { stall: { marketDay: { startsAt: "desc" } } },
      },
      marketDays: {
        where: { marketDay: visibleDay },
        select: { role: true, marketDay: { select: dayRef } },
        orderBy: { marketDay: { startsAt: "desc" } },
      },
    },
  });
  if (!row) return null;
  cacheTag(
    ...row.hostedStalls.map((h) => cacheTags.stall(h.stall.id)),
    ...row.marketDays.map((m) => cacheTags.marketDay(m.marketDay.id)),
  );
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    type: row.type,
    description: row.description,
    descriptionEn: row.descriptionEn,
    stalls: row.hostedStalls.map((h) => h.stall),
    marketDays: row.marketDays.map((m) => ({ ...m.marketDay, role: m.role })),
  };
}

// Writes the reference data of the demo: community, organisations, market days with
// their partners and stalls, staff accounts and the joint council. Returns the ids
// the wishes point at (lib/seed/seed-wishes.ts).
//
// Runs inside the transaction and under the advisory lock that seed-database.ts
// takes; see there for the idempotency rules.
import { normalizeSearchText } from "../stalls/search-text";
import { stallRow } from "./stall-row";
import type { Prisma } from "../db/generated/client";
import { COMMUNITY, ORGANIZATIONS, type OrgKey } from "./data/community-and-organizations";
import { MARKET_DAY_2023, MARKET_DAYS } from "./data/market-days";
import { SEARCH_SYNONYMS } from "./data/search-synonyms";
import { COUNCIL_MEETING, STAFF_USERS, type CouncilItemKey, type StaffKey } from "./data/staff-and-council";

export type Tx = Prisma.TransactionClient;

export interface ReferenceIds {
  communityId: string;
  replyTargetHours: number;
  marketDay2023Id: string;
  orgIds: Map<OrgKey, string>;
  stallIds2023: Map<number, string>;
  staffIds: Map<StaffKey, string>;
  councilItemIds: Map<CouncilItemKey, string>;
}

/** Looks a key up in a map of ids; a miss is a seed bug or a clash with existing data. */
export function need<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed: ${what} ${String(key)} not found`);
  return value;
}

export async function seedReferenceData(
  tx: Tx,
  staff: { passwordHashes: ReadonlyMap<StaffKey, string>; active: boolean },
  count: (table: string, n: number) => void,
): Promise<ReferenceIds> {
  count("community", (await tx.community.createMany({ data: [{ ...COMMUNITY }], skipDuplicates: true })).count);
  const community = await tx.community.findUniqueOrThrow({
    where: { slug: COMMUNITY.slug },
    select: { id: true, replyTargetHours: true },
  });
  const communityId = community.id;
  // A database seeded before the office settings existed gets them too, without
  // overwriting a phone staff have set since.
  await tx.community.updateMany({
    where: { id: communityId, officePhone: null },
    data: {
      officePhone: COMMUNITY.officePhone,
      officeHours: COMMUNITY.officeHours,
      officeHoursEn: COMMUNITY.officeHoursEn,
    },
  });

  // Organisations.
  const orgEntries = Object.entries(ORGANIZATIONS) as [OrgKey, (typeof ORGANIZATIONS)[OrgKey]][];
  const orgInsert = await tx.organization.createMany({
    data: orgEntries.map(([, org]) => ({ communityId, ...org })),
    skipDuplicates: true,
  });
  count("organisations", orgInsert.count);
  const orgRows = await tx.organization.findMany({
    where: { communityId, name: { in: orgEntries.map(([, o]) => o.name) } },
    select: { id: true, name: true },
  });
  const idByName = new Map(orgRows.map((o) => [o.name, o.id]));
  const orgIds = new Map(orgEntries.map(([key, org]) => [key, need(idByName, org.name, "organisation")]));

  // Market days, and their partners only when the market day is new.
  const newDays = await tx.marketDay.createManyAndReturn({
    data: MARKET_DAYS.map((d) => ({
      communityId,
      slug: d.slug,
      title: d.title,
      titleEn: d.titleEn,
      theme: d.theme,
      themeEn: d.themeEn,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      place: d.place,
      placeEn: d.placeEn,
      address: d.address,
      addressEn: d.addressEn,
      description: d.description,
      descriptionEn: d.descriptionEn,
      status: "PUBLISHED" as const,
      publishedAt: d.publishedAt,
      visitorCount: d.visitorCount,
    })),
    skipDuplicates: true,
    select: { id: true, slug: true },
  });
  count("market days", newDays.length);
  const newDayIds = new Map(newDays.map((d) => [d.slug, d.id]));
  const partnerRows = MARKET_DAYS.flatMap((d) => {
    const marketDayId = newDayIds.get(d.slug);
    return marketDayId === undefined
      ? []
      : d.organizations.map((o) => ({
          marketDayId,
          organizationId: need(orgIds, o.org, "organisation"),
          role: o.role,
        }));
  });
  if (partnerRows.length > 0) {
    count(
      "market-day partners",
      (await tx.marketDayOrganization.createMany({ data: partnerRows, skipDuplicates: true })).count,
    );
  }
  const dayRows = await tx.marketDay.findMany({
    where: { slug: { in: MARKET_DAYS.map((d) => d.slug) } },
    select: { id: true, slug: true, communityId: true },
  });
  for (const day of dayRows) {
    // The slug is globally unique; one belonging to another community is a clash we must not write into.
    if (day.communityId !== communityId) throw new Error(`Seed: market day ${day.slug} belongs to another community`);
  }
  const dayIds = new Map(dayRows.map((d) => [d.slug, d.id]));

  // Stalls by (market day, number); hosts only for stalls created now.
  const stallData = MARKET_DAYS.flatMap((d) => {
    const marketDayId = need(dayIds, d.slug, "market day");
    return d.stalls.map((s, index) =>
      stallRow(
        s,
        s.hosts.map((org) => ORGANIZATIONS[org]),
        { communityId, marketDayId, number: index + 1 },
      ),
    );
  });
  const newStalls = await tx.stall.createManyAndReturn({
    data: stallData,
    skipDuplicates: true,
    select: { id: true, marketDayId: true, number: true },
  });
  count("stalls", newStalls.length);
  const hostRows = newStalls.flatMap((stall) => {
    const day = MARKET_DAYS.find((d) => dayIds.get(d.slug) === stall.marketDayId);
    const seed = day?.stalls[stall.number - 1];
    return (seed?.hosts ?? []).map((org) => ({ stallId: stall.id, organizationId: need(orgIds, org, "organisation") }));
  });
  if (hostRows.length > 0) {
    count("stall hosts", (await tx.stallHost.createMany({ data: hostRows, skipDuplicates: true })).count);
  }
  const marketDay2023Id = need(dayIds, MARKET_DAY_2023.slug, "market day");
  const stalls2023 = await tx.stall.findMany({
    where: { marketDayId: marketDay2023Id },
    select: { id: true, number: true },
  });
  const stallIds2023 = new Map(stalls2023.map((s) => [s.number, s.id]));

  // Search synonyms, only while the community has none: a new database, or one
  // seeded before the list existed. Once staff keep the list, a word they
  // removed on purpose is not brought back.
  if ((await tx.searchSynonym.count({ where: { communityId } })) === 0) {
    const synonyms = await tx.searchSynonym.createMany({
      data: SEARCH_SYNONYMS.map((s) => ({
        communityId,
        term: normalizeSearchText(s.term),
        expandsTo: s.expandsTo.map(normalizeSearchText),
      })),
      skipDuplicates: true,
    });
    count("search synonyms", synonyms.count);
  }

  // Staff: created with a fresh hash when missing, never touched when present.
  const { passwordHashes } = staff;
  const missingStaff = STAFF_USERS.filter((u) => passwordHashes.has(u.username));
  if (missingStaff.length > 0) {
    const staffInsert = await tx.staffUser.createMany({
      data: missingStaff.map((u) => ({
        communityId,
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        passwordHash: need(passwordHashes, u.username, "password hash for"),
        active: staff.active,
      })),
      skipDuplicates: true,
    });
    count("staff users", staffInsert.count);
  }
  const staffRows = await tx.staffUser.findMany({
    where: { username: { in: STAFF_USERS.map((u) => u.username) } },
    select: { id: true, username: true, communityId: true },
  });
  const staffIds = new Map<StaffKey, string>();
  for (const user of STAFF_USERS) {
    const row = staffRows.find((r) => r.username === user.username);
    if (!row) throw new Error(`Seed: staff user ${user.username} not found`);
    if (row.communityId !== communityId) {
      throw new Error(`Seed: username ${user.username} already belongs to another community`);
    }
    staffIds.set(user.username, row.id);
  }

  // The joint council has no natural key in the schema: (community, title, date) stands in.
  let meeting = await tx.councilMeeting.findFirst({
    where: { communityId, title: COUNCIL_MEETING.title, scheduledAt: COUNCIL_MEETING.scheduledAt },
    select: { id: true },
  });
  if (!meeting) {
    meeting = await tx.councilMeeting.create({
      data: {
        communityId,
        title: COUNCIL_MEETING.title,
        titleEn: COUNCIL_MEETING.titleEn,
        scheduledAt: COUNCIL_MEETING.scheduledAt,
        place: COUNCIL_MEETING.place,
        attendees: COUNCIL_MEETING.attendees,
        minutes: COUNCIL_MEETING.minutes,
        status: COUNCIL_MEETING.status,
      },
      select: { id: true },
    });
    count("council meetings", 1);
  }
  const meetingId = meeting.id;
  const existingItems = await tx.councilItem.findMany({ where: { meetingId }, select: { id: true, position: true } });
  const councilItemIds = new Map<CouncilItemKey, string>();
  for (const item of COUNCIL_MEETING.items) {
    let id = existingItems.find((i) => i.position === item.position)?.id;
    if (id === undefined) {
      const data = {
        meetingId,
        position: item.position,
        topic: item.topic,
        topicEn: item.topicEn,
        decision: item.decision,
        decisionEn: item.decisionEn,
        decidedAt: item.decidedAt,
        dueAt: item.dueAt,
      };
      id = (await tx.councilItem.create({ data, select: { id: true } })).id;
      count("council items", 1);
    }
    councilItemIds.set(item.key, id);
  }

  return {
    communityId,
    replyTargetHours: community.replyTargetHours,
    marketDay2023Id,
    orgIds,
    stallIds2023,
    staffIds,
    councilItemIds,
  };
}

// The two seeded market days: the reported one of 27 May 2023, and an upcoming
// demo one so the portal has a "next market day" to show. Each lists its stalls;
// the array index + 1 is the stall number on that day.
import { MarketDayRole } from "../../db/generated/enums";
import type { OrgKey } from "./community-and-organizations";
import { STALLS_2023, type StallSeed } from "./stalls-2023";
import { shenzhenTime } from "./time";

export interface MarketDaySeed {
  slug: string;
  title: string;
  titleEn: string;
  theme: string;
  themeEn: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  placeEn: string;
  address: string;
  addressEn: string;
  description: string;
  descriptionEn: string;
  publishedAt: Date;
  visitorCount: number | null;
  organizations: readonly { org: OrgKey; role: MarketDayRole }[];
  /** Index + 1 is the stall number on this market day. */
  stalls: readonly StallSeed[];
}

const PLACE = {
  place: "园岭七街小公园",
  placeEn: "Small park on Yuanling 7th Street",
  address: "深圳市福田区园岭街道园岭七街",
  addressEn: "Yuanling 7th Street, Yuanling Subdistrict, Futian District, Shenzhen",
  // Latitude/longitude are left empty on purpose: a guessed pin is worse than none.
} as const;

function partnersOf(stalls: readonly StallSeed[], extra: readonly OrgKey[]): { org: OrgKey; role: MarketDayRole }[] {
  const lead: OrgKey[] = ["communityPartyCommittee", "subdistrictOffice"];
  const partners = [...new Set([...stalls.flatMap((s) => s.hosts), ...extra])].filter((k) => !lead.includes(k));
  return [
    { org: "communityPartyCommittee", role: MarketDayRole.ORGANIZER },
    { org: "subdistrictOffice", role: MarketDayRole.CO_ORGANIZER },
    ...partners.map((org) => ({ org, role: MarketDayRole.PARTNER })),
  ];
}

export const MARKET_DAY_2023_SLUG = "2023-05-27-party-member-service-market";
export const MARKET_DAY_2026_SLUG = "2026-12-19-winter-service-market";

export const MARKET_DAY_2023: MarketDaySeed = {
  slug: MARKET_DAY_2023_SLUG,
  title: "党员服务市集",
  titleEn: "Party-member service market",
  theme: "关爱一老一小 共建宜居家园",
  themeEn: "Care for the old and the young, build a liveable home together",
  // The report only says "afternoon"; 14:30–17:30 is an assumption for the demo.
  startsAt: shenzhenTime("2023-05-27 14:30"),
  endsAt: shenzhenTime("2023-05-27 17:30"),
  ...PLACE,
  description:
    "园东社区党委联合超过15个包联单位、共建党组织和辖区企业，设立18个摊位（此处收录报道中点名的15个），当天接待服务居民超1500人次。共征集微心愿和民意39条，现场办理27条，及时转办12条；影响较大的焦点问题提交党群联席议事会协商。",
  descriptionEn:
    "The Yuandong community party committee and more than 15 partner units, co-building party organisations and local businesses ran 18 stalls (the 15 named in the report are listed here) and served more than 1,500 visits. 39 micro-wishes and opinions were collected: 27 handled on site and 12 referred on; focal issues of wide impact went to the joint council.",
  // Not in the report: an announcement a week ahead, so the page has a publish date.
  publishedAt: shenzhenTime("2023-05-20 10:00"),
  visitorCount: 1500,
  organizations: partnersOf(STALLS_2023, [
    "ecoCivilisationBranch",
    "environmentIndustryBranch",
    "rendeEtiquetteBranch",
    "constructionBank",
    "zhengyuMusic",
    "xinxiandaiSocialWork",
    "baishiDental",
  ]),
  stalls: STALLS_2023,
};

function stall2023(key: string): StallSeed {
  const stall = STALLS_2023.find((s) => s.key === key);
  if (!stall) throw new Error(`Unknown stall key ${key}`);
  return stall;
}

// DEMO ONLY — this market day did not happen and is not announced anywhere. It
// exists so that the portal has an upcoming "next market day" to show; it reuses
// stall keys and hosts of 2023 so the stall directory links the two.
const WINTER_STALLS: readonly StallSeed[] = [
  stall2023("meet-the-secretaries"),
  stall2023("senior-services"),
  stall2023("food-bank"),
  stall2023("legal-advice"),
  stall2023("tcm-therapy"),
  stall2023("free-haircuts"),
  stall2023("coffee-care"),
  stall2023("shadow-puppets"),
];

const MARKET_DAY_2026_DEMO: MarketDaySeed = {
  slug: MARKET_DAY_2026_SLUG,
  title: "党员服务市集（冬季）",
  titleEn: "Party-member service market (winter)",
  theme: "温暖过冬 邻里相助",
  themeEn: "Warm winter, neighbours helping neighbours",
  startsAt: shenzhenTime("2026-12-19 09:30"),
  endsAt: shenzhenTime("2026-12-19 12:00"),
  ...PLACE,
  description: "演示数据：冬季党员服务市集，8个摊位提供义剪、理疗、法律咨询、食物包等服务，欢迎提前提交微心愿。",
  descriptionEn:
    "Demo data: a winter party-member service market with 8 stalls — haircuts, therapy, legal advice, food parcels and more. Micro-wishes can be sent in advance.",
  publishedAt: shenzhenTime("2026-11-20 10:00"),
  visitorCount: null,
  organizations: partnersOf(WINTER_STALLS, []),
  stalls: WINTER_STALLS,
};

export const MARKET_DAYS: readonly MarketDaySeed[] = [MARKET_DAY_2023, MARKET_DAY_2026_DEMO];

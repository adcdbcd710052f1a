// The subdistrict view's demo (issue 14 §4): Yuanling subdistrict (园岭街道), the
// office above Yuandong, and a second community in it, Baihua (百花社区), with
// one market day, its stalls and wishes, so the comparison has two communities.
// FACTS.md reports nothing of Baihua: everything here is made-up demo data, with
// people only by role, reserved .example addresses and test numbers.
import { Audience, OrganizationType, StaffRole, StallCategory, WishCategory, WishKind } from "../../db/generated/enums";
import type { OrgKey, OrganizationSeed } from "./community-and-organizations";
import type { StallSeed } from "./stalls-2023";
import { shenzhenTime } from "./time";
import type { WishSeed } from "./wish-seed";

export const SUBDISTRICT = { slug: "yuanling", name: "园岭街道", nameEn: "Yuanling Subdistrict" } as const;

/** Yuandong's units that serve the whole subdistrict: any of its communities may refer to them. */
export const SUBDISTRICT_UNITS: readonly OrgKey[] = ["subdistrictOffice", "propertyOffice"];

/** The subdistrict office's duty address, so referrals reach it (the 2023 data has none). */
export const SUBDISTRICT_OFFICE_EMAIL = "zhuanban@yuanling-subdistrict.example.cn";

export const NEIGHBOUR = {
  slug: "baihua",
  name: "百花社区",
  nameEn: "Baihua Community",
  district: "福田区",
  subdistrict: "园岭街道",
  // PLACEHOLDER, like Yuandong's: a made-up number and usual office hours.
  officePhone: "0755-8300 0001",
  officeHours: "周一至周五 8:30–12:00，14:00–18:00",
  officeHoursEn: "Monday to Friday, 8:30–12:00 and 14:00–18:00",
} as const;

export const NEIGHBOUR_ORGANIZATIONS = {
  partyCommittee: {
    name: "百花社区党委",
    nameEn: "Baihua Community Party Committee",
    type: OrganizationType.PARTY_BRANCH,
  },
  legalAid: {
    name: "百花社区法律服务站",
    nameEn: "Baihua Community Legal Service Point",
    type: OrganizationType.SOCIAL_ORGANIZATION,
    contactEmail: "zhuanban@baihua-legal.example.cn",
  },
  healthStation: {
    name: "百花社区健康服务中心",
    nameEn: "Baihua Community Health Centre",
    type: OrganizationType.GOVERNMENT_DEPARTMENT,
    contactPhone: "13800000011",
  },
} as const satisfies Record<string, OrganizationSeed>;

export type NeighbourOrgKey = keyof typeof NEIGHBOUR_ORGANIZATIONS;

/** Baihua's staff and the subdistrict's account; roles, not people. */
export const NEIGHBOUR_STAFF = [
  { username: "baihua-admin", displayName: "百花社区管理员", role: StaffRole.ADMIN, community: "baihua" },
  { username: "baihua-staff", displayName: "百花社区工作人员", role: StaffRole.STAFF, community: "baihua" },
  // Home community Yuandong (every account has one); it sees both through the subdistrict.
  { username: "yuanling", displayName: "园岭街道工作人员", role: StaffRole.SUBDISTRICT, community: "yuandong" },
] as const;

/** The seed's staff keys as Baihua's wishes use them ("staff" typed it in). */
export const NEIGHBOUR_STAFF_KEYS = { staff: "baihua-staff", admin: "baihua-admin" } as const;

const A = Audience;
const C = StallCategory;

export const NEIGHBOUR_MARKET_DAY = {
  slug: "2026-11-21-baihua-service-day",
  title: "百花社区便民服务日",
  titleEn: "Baihua Community service day",
  theme: "家门口的服务",
  themeEn: "Services at the doorstep",
  startsAt: shenzhenTime("2026-11-21 14:30"),
  endsAt: shenzhenTime("2026-11-21 17:30"),
  place: "百花社区党群服务中心门前广场",
  placeEn: "Square in front of the Baihua community centre",
  address: "深圳市福田区园岭街道百花社区",
  addressEn: "Baihua Community, Yuanling Subdistrict, Futian District, Shenzhen",
  description: "演示数据：百花社区的便民服务日，书记坐摊听民意，法律咨询、健康义诊、物业答疑。",
  descriptionEn:
    "Demo data: Baihua community's service day — the secretary listens at a stall, with legal advice, free health checks and property questions.",
  publishedAt: shenzhenTime("2026-11-14 10:00"),
  visitorCount: 420,
} as const;

type NeighbourStall = Omit<StallSeed, "hosts"> & { hosts: readonly NeighbourOrgKey[] };

/** Index + 1 is the stall number. */
export const NEIGHBOUR_STALLS: readonly NeighbourStall[] = [
  {
    key: "baihua-meet-the-secretary",
    name: "书记面对面",
    nameEn: "Meet the secretary",
    category: C.LISTENING,
    audiences: [A.ALL],
    services: ["听取意见", "记录诉求"],
    servicesEn: ["Opinions heard", "Requests written down"],
    description: "社区党委书记坐摊，听居民说事、记诉求。",
    descriptionEn: "The community party secretary sits at the stall to hear residents and note their requests.",
    hostNote: "社区党委书记",
    hostNoteEn: "The community party secretary",
    hosts: ["partyCommittee"],
  },
  {
    key: "baihua-legal-advice",
    name: "法律咨询",
    nameEn: "Legal advice",
    category: C.LEGAL,
    audiences: [A.ALL],
    services: ["婚姻家庭", "劳动纠纷", "租赁合同"],
    servicesEn: ["Marriage and family", "Labour disputes", "Tenancy contracts"],
    description: "社区法律服务站的律师现场解答法律问题。",
    descriptionEn: "Lawyers from the community legal service point answer legal questions.",
    hosts: ["legalAid"],
  },
  {
    key: "baihua-health-check",
    name: "健康义诊",
    nameEn: "Free health checks",
    category: C.HEALTH,
    audiences: [A.ELDERLY],
    services: ["量血压", "测血糖", "用药咨询"],
    servicesEn: ["Blood pressure", "Blood sugar", "Medication advice"],
    description: "社区健康服务中心的医生为老人量血压、测血糖。",
    descriptionEn: "Doctors from the community health centre check blood pressure and blood sugar.",
    hosts: ["healthStation"],
  },
];

const K = WishKind;
const W = WishCategory;

const onSite = (at: string, reply: string) => ({ action: "HANDLE_ON_SITE" as const, at, by: "staff" as const, reply });

/** Baihua's wishes: seven at the service day, two from the web since (on no market day). */
export const NEIGHBOUR_WISHES: readonly WishSeed[] = [
  {
    ref: "blood-pressure-followup",
    stall: 3,
    kind: K.SERVICE,
    category: W.HEALTH,
    channel: "ON_SITE",
    isPublic: false,
    content: "量血压偏高，想知道以后在哪里可以定期免费测量。",
    at: "2026-11-21 14:50",
    recordedBy: "staff",
    steps: [
      onSite("2026-11-21 15:00", "健康服务中心每周二、周四上午免费测血压，可直接前往，无需预约。"),
      { action: "RATE", at: "2026-11-22 09:30", rating: 5 },
    ],
  },
  {
    ref: "tenancy-deposit",
    stall: 2,
    kind: K.SERVICE,
    category: W.LEGAL,
    channel: "ON_SITE",
    isPublic: false,
    content: "租房退租时房东不退押金，想咨询怎么维权。",
    at: "2026-11-21 15:05",
    recordedBy: "staff",
    steps: [
      onSite("2026-11-21 15:20", "律师已现场讲解退押金的协商和调解途径，并提供了书面材料清单。"),
      { action: "RATE", at: "2026-11-23 20:10", rating: 4 },
    ],
  },
  {
    ref: "chess-corner",
    stall: 1,
    kind: K.WISH,
    category: W.ACTIVITIES_CULTURE,
    channel: "ON_SITE",
    isPublic: true,
    content: "希望社区活动室周末开放象棋角。",
    at: "2026-11-21 15:12",
    recordedBy: "staff",
    steps: [onSite("2026-11-21 15:30", "活动室从12月起周六下午开放象棋角，欢迎参加。")],
  },
  {
    // Referred to the subdistrict's property office, a unit of the whole subdistrict.
    ref: "lift-noise",
    stall: 1,
    kind: K.OPINION,
    category: W.ENVIRONMENT_PROPERTY,
    channel: "ON_SITE",
    isPublic: true,
    content: "楼里的电梯运行时噪音很大，担心安全，希望尽快检修。",
    at: "2026-11-21 15:25",
    recordedBy: "staff",
    steps: [
      {
        action: "REFER",
        at: "2026-11-21 17:40",
        by: "staff",
        to: { org: "propertyOffice" },
        dueAt: "2026-11-28 18:00",
        note: "已转交园岭物业管理处检修，11月28日前答复。",
      },
    ],
  },
  {
    ref: "street-light-out",
    stall: 1,
    kind: K.OPINION,
    category: W.SAFETY,
    channel: "ON_SITE",
    isPublic: true,
    content: "小区后门路灯坏了，晚上回家很黑。",
    at: "2026-11-21 15:40",
    recordedBy: "staff",
    steps: [
      {
        action: "REFER",
        at: "2026-11-21 17:45",
        by: "staff",
        to: { org: "subdistrictOffice" },
        dueAt: "2026-11-28 18:00",
        note: "已转交园岭街道办事处协调维修。",
      },
      {
        action: "RECORD_REFERRAL_OUTCOME",
        at: "2026-11-25 10:00",
        by: "staff",
        outcome: "街道办事处答复：已安排维修，11月26日修复。",
      },
      { action: "SETTLE", at: "2026-11-26 18:00", by: "staff", reply: "后门路灯已于11月26日修好。" },
      { action: "RATE", at: "2026-11-27 21:00", rating: 5, comment: "修得很快。" },
    ],
  },
  {
    ref: "elderly-meal",
    stall: 3,
    kind: K.WISH,
    category: W.ELDERLY_CARE,
    channel: "ON_SITE",
    isPublic: false,
    content: "想了解长者饭堂怎么办卡，行动不便能不能送餐。",
    at: "2026-11-21 16:00",
    recordedBy: "staff",
    steps: [onSite("2026-11-21 16:10", "已现场登记长者饭堂办卡；行动不便的长者可申请送餐，社区会上门核实。")],
  },
  {
    ref: "kids-homework-room",
    stall: 1,
    kind: K.WISH,
    category: W.CHILDREN,
    channel: "ON_SITE",
    isPublic: true,
    content: "希望放学后有个地方让孩子写作业，家长下班晚。",
    at: "2026-11-21 16:20",
    recordedBy: "staff",
    steps: [],
  },
  {
    ref: "parking-at-gate",
    stall: null,
    kind: K.OPINION,
    category: W.ENVIRONMENT_PROPERTY,
    channel: "WEB",
    offMarketDay: true,
    isPublic: true,
    content: "小区门口经常有车乱停，消防通道被堵。",
    at: "2026-12-01 20:15",
    steps: [],
  },
  {
    ref: "dog-waste",
    stall: null,
    kind: K.OPINION,
    category: W.ENVIRONMENT_PROPERTY,
    channel: "WEB",
    offMarketDay: true,
    isPublic: true,
    content: "花园里狗粪没人清理，希望提醒养狗的邻居。",
    at: "2026-12-03 08:40",
    steps: [],
  },
];

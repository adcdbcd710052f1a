// Seeded staff accounts and the joint council (党群联席议事会) that took up the
// focal issues of the 2023 market day.
import { StaffRole } from "../../db/generated/enums";
import { shenzhenTime } from "./time";

// ───────────────────────────── Staff ─────────────────────────────

export type StaffKey = "admin" | "staff" | "secretary";

// Display names are roles, not people: the demo must not look like a real person's account.
export const STAFF_USERS: readonly { username: StaffKey; displayName: string; role: StaffRole }[] = [
  { username: "admin", displayName: "系统管理员", role: StaffRole.ADMIN },
  { username: "staff", displayName: "社区工作人员", role: StaffRole.STAFF },
  { username: "secretary", displayName: "社区党委书记", role: StaffRole.SECRETARY },
];

// ───────────────────────────── Joint council ─────────────────────────────

export type CouncilItemKey = "stairwell-cleaning" | "e-bike-charging";

export interface CouncilItemSeed {
  key: CouncilItemKey;
  position: number;
  topic: string;
  topicEn: string;
  decision: string;
  decisionEn: string;
  decidedAt: Date;
  /** When the decided work is due. */
  dueAt: Date;
}

/** Held three weeks after the market day, as the two secretaries announced there. */
export const COUNCIL_MEETING = {
  title: "党群联席议事会：党员服务市集焦点问题",
  titleEn: "Joint council: focal issues from the party-member service market",
  scheduledAt: shenzhenTime("2023-06-16 15:00"),
  place: "园东社区党群服务中心会议室",
  attendees: "街道挂点领导、社区党委书记、区党代表、园岭物业管理处、街道应急管理办公室、楼栋长及居民代表",
  minutes:
    "会议由街道挂点领导和社区党委书记召集，就市集征集的两项影响面较广的问题听取居民代表、物业和职能部门意见，形成两项决定并向相关居民反馈。",
  status: "HELD",
  items: [
    {
      key: "stairwell-cleaning",
      position: 1,
      topic: "恢复楼道洒水保洁",
      topicEn: "Restore the sprinkling and cleaning of stairwells",
      decision:
        "物业管理处自6月下旬起恢复每周一次楼道洒水冲洗，保洁时间表张贴在各楼栋公告栏；网格员每月抽查一次，居民可在本网站反馈保洁情况。",
      decisionEn:
        "From late June the property office sprinkles and rinses every stairwell once a week and posts the schedule in each building; grid workers check monthly, and residents can report on this site.",
      decidedAt: shenzhenTime("2023-06-16 16:20"),
      dueAt: shenzhenTime("2023-06-30 23:59"),
    },
    {
      key: "e-bike-charging",
      position: 2,
      topic: "电动自行车楼道充电隐患",
      topicEn: "E-bikes charged in stairwells (fire risk)",
      decision:
        "街道协调在小区停车区建设电动自行车集中充电点，预计8月投入使用，由物业负责日常运维；建成前物业每周两次巡查楼道，劝离楼道充电车辆。",
      decisionEn:
        "The subdistrict arranges a shared e-bike charging point in the estate car park, due in August and run by the property office; until then the property office patrols stairwells twice a week.",
      decidedAt: shenzhenTime("2023-06-16 16:50"),
      dueAt: shenzhenTime("2023-08-31 23:59"),
    },
  ],
} as const satisfies {
  title: string;
  titleEn: string;
  scheduledAt: Date;
  place: string;
  attendees: string;
  minutes: string;
  status: "HELD";
  items: readonly CouncilItemSeed[];
};

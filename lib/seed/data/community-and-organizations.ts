// Demo data for Yuandong community (园东社区), modelled on a news report of its
// party-member service market of 27 May 2023 (see shared/seed/FACTS.md in the project workspace for
// what the report says). The organisations are as reported; people appear only by
// role, never by name, and no real resident address is used.
//
// Pure data, like the rest of lib/seed/data/: lib/seed/seed-reference-data.ts writes it.
import { OrganizationType } from "../../db/generated/enums";

// ───────────────────────────── Community ─────────────────────────────

export const COMMUNITY = {
  slug: "yuandong",
  name: "园东社区",
  nameEn: "Yuandong Community",
  district: "福田区",
  subdistrict: "园岭街道",
  // PLACEHOLDER: shared/seed/FACTS.md gives no office phone or hours. These are
  // made up for the demo (a Shenzhen-style number and usual office hours);
  // a real deployment sets its own.
  officePhone: "0755-8300 0000",
  officeHours: "周一至周五 8:30–12:00，14:00–18:00",
  officeHoursEn: "Monday to Friday, 8:30–12:00 and 14:00–18:00",
} as const;

// ───────────────────────────── Organisations ─────────────────────────────

export interface OrganizationSeed {
  name: string;
  nameEn: string;
  type: OrganizationType;
  description?: string;
  descriptionEn?: string;
  /** Duty contacts of a receiving unit (issue 14): reserved .example addresses and test numbers only. */
  contactEmail?: string;
  contactPhone?: string;
}

const { GOVERNMENT_DEPARTMENT, PARTY_BRANCH, COMPANY, SOCIAL_ORGANIZATION, VOLUNTEER_TEAM } = OrganizationType;

// Keyed so that stalls, market days and referrals point at organisations with a
// type-checked name; the database key is (communityId, name).
export const ORGANIZATIONS = {
  communityPartyCommittee: {
    name: "园东社区党委",
    nameEn: "Yuandong Community Party Committee",
    type: PARTY_BRANCH,
    description: "市集主办方，统筹包联单位和共建党组织。",
    descriptionEn: "Organiser of the market day; coordinates the partner units and co-building party organisations.",
  },
  subdistrictOffice: {
    name: "园岭街道办事处",
    nameEn: "Yuanling Subdistrict Office",
    type: GOVERNMENT_DEPARTMENT,
  },
  cityCivilAffairs: {
    name: "市民政局",
    nameEn: "Shenzhen Municipal Civil Affairs Bureau",
    type: GOVERNMENT_DEPARTMENT,
  },
  districtCivilAffairs: {
    name: "区民政局",
    nameEn: "Futian District Civil Affairs Bureau",
    type: GOVERNMENT_DEPARTMENT,
    contactEmail: "zhuanban@civil-affairs.example.cn",
  },
  subdistrictBranch3: {
    name: "街道机关第三党支部",
    nameEn: "Subdistrict Office Party Branch No. 3",
    type: PARTY_BRANCH,
  },
  subdistrictBranch4: {
    name: "街道机关第四党支部",
    nameEn: "Subdistrict Office Party Branch No. 4",
    type: PARTY_BRANCH,
  },
  subdistrictBranch5: {
    name: "街道机关第五党支部",
    nameEn: "Subdistrict Office Party Branch No. 5",
    type: PARTY_BRANCH,
  },
  subdistrictBranch7: {
    name: "街道机关第七党支部",
    nameEn: "Subdistrict Office Party Branch No. 7",
    type: PARTY_BRANCH,
  },
  leyoujia: {
    name: "乐有家集团",
    nameEn: "Leyoujia Group",
    type: COMPANY,
    description: "房产服务企业，发起社区“妈妈岗”公益项目。",
    descriptionEn: 'Property-agency group; runs the community "mothers\' jobs" programme.',
  },
  xiCoffee: {
    name: "曦咖啡",
    nameEn: "Xi Coffee",
    type: COMPANY,
  },
  veteransVolunteers: {
    name: "园岭街道退役军人红星志愿服务队",
    nameEn: "Yuanling Veterans' Red Star Volunteer Team",
    type: VOLUNTEER_TEAM,
  },
  artsTrainingAssociation: {
    name: "福田区文化艺术行业培训协会",
    nameEn: "Futian District Culture and Arts Training Association",
    type: SOCIAL_ORGANIZATION,
  },
  littleWolfFitness: {
    name: "小狼运动青少年体能馆",
    nameEn: "Little Wolf Youth Fitness Centre",
    type: COMPANY,
  },
  shijiangArts: {
    name: "什匠艺术培训中心",
    nameEn: "Shijiang Art Training Centre",
    type: COMPANY,
  },
  // The report mentions "vets from a pet hospital" without naming it.
  petHospitalVets: {
    name: "宠物医院志愿兽医团队",
    nameEn: "Volunteer vets from a local pet hospital",
    type: VOLUNTEER_TEAM,
  },
  // The report mentions "TCM practitioners" without naming their clinic.
  tcmVolunteers: {
    name: "社区中医理疗志愿团队",
    nameEn: "Community TCM therapy volunteers",
    type: VOLUNTEER_TEAM,
    contactPhone: "13800000003",
  },
  ecoCivilisationBranch: {
    name: "区生态文明促进会党支部",
    nameEn: "Party branch of the Futian Ecological Civilisation Promotion Association",
    type: PARTY_BRANCH,
  },
  environmentIndustryBranch: {
    name: "区环境保护产业协会党支部",
    nameEn: "Party branch of the Futian Environmental Protection Industry Association",
    type: PARTY_BRANCH,
  },
  rendeEtiquetteBranch: {
    name: "区仁德青少年礼仪指导中心党支部",
    nameEn: "Party branch of the Futian Rende Youth Etiquette Centre",
    type: PARTY_BRANCH,
  },
  constructionBank: {
    name: "建设银行园岭支行",
    nameEn: "China Construction Bank, Yuanling Sub-branch",
    type: COMPANY,
  },
  zhengyuMusic: {
    name: "徵羽音乐艺术工作室",
    nameEn: "Zhengyu Music Studio",
    type: COMPANY,
  },
  xinxiandaiSocialWork: {
    name: "新现代社工",
    nameEn: "Xinxiandai Social Work Services",
    type: SOCIAL_ORGANIZATION,
  },
  baishiDental: {
    name: "百世口腔诊所",
    nameEn: "Baishi Dental Clinic",
    type: COMPANY,
    contactEmail: "front-desk@dental.example.cn",
  },
  // Not in the report: a generic property office so that property requests (the
  // stairwell sprinkling) have a unit to be referred to.
  propertyOffice: {
    name: "园岭物业管理处",
    nameEn: "Yuanling Property Management Office",
    type: COMPANY,
    contactEmail: "zhuanban@property.example.cn",
    contactPhone: "13800000001",
    description: "演示数据：小区物业服务单位，接收物业类转办事项。",
    descriptionEn: "Demo data: the estate's property manager, receives referred property matters.",
  },
} as const satisfies Record<string, OrganizationSeed>;

export type OrgKey = keyof typeof ORGANIZATIONS;

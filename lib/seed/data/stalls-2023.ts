// The 15 stalls the news report of the 2023 market day names (see
// community-and-organizations.ts for the source). The 2026 demo market day reuses
// some of them by key, so the stall directory can link the two days.
//
// Kept apart from market-days.ts only to keep both files short.
import { Audience, StallCategory } from "../../db/generated/enums";
import type { OrgKey } from "./community-and-organizations";

export interface StallSeed {
  key: string;
  name: string;
  nameEn: string;
  category: StallCategory;
  audiences: readonly Audience[];
  services: readonly string[];
  servicesEn: readonly string[];
  description: string;
  descriptionEn: string;
  hostNote?: string;
  hostNoteEn?: string;
  hosts: readonly OrgKey[];
}

const A = Audience;
const C = StallCategory;

/** The 15 stalls the report names, in its order; the array index + 1 is the stall number. */
export const STALLS_2023: readonly StallSeed[] = [
  {
    key: "meet-the-secretaries",
    name: "书记面对面",
    nameEn: "Meet the secretaries",
    category: C.LISTENING,
    audiences: [A.ALL],
    services: ["面对面聊家常", "逐字记录诉求", "现场解决问题"],
    servicesEn: ["Face-to-face talks", "Requests written down word by word", "Problems solved on the spot"],
    description: "街道挂点领导和社区党委书记坐摊，与居民拉家常、记诉求、解难题。",
    descriptionEn:
      "The subdistrict official in charge of the community and the community party secretary sit at the stall to chat with residents, note their requests and solve problems.",
    hostNote: "街道挂点领导、社区党委书记",
    hostNoteEn: "The subdistrict official in charge of the community and the community party secretary",
    hosts: ["communityPartyCommittee", "subdistrictOffice"],
  },
  {
    key: "opinion-express",
    name: "社情民意直通车",
    nameEn: "Residents' opinion express",
    category: C.LISTENING,
    audiences: [A.ALL],
    services: ["收集居民意见", "反映社情民意"],
    servicesEn: ["Collect residents' opinions", "Pass concerns on to the district"],
    description: "定点联系社区的两位区党代表坐摊，接待来访居民。",
    descriptionEn: "Two district party congress delegates who liaise with the community receive residents.",
    hostNote: "两位区党代表",
    hostNoteEn: "Two district party congress delegates",
    hosts: [],
  },
  {
    key: "senior-services",
    name: "乐龄服务",
    nameEn: "Senior services",
    category: C.WELFARE,
    audiences: [A.ELDERLY],
    services: ["防诈骗宣传", "政策解读", "协助申请高龄津贴"],
    servicesEn: ["Anti-fraud advice", "Policy explanations", "Help applying for the old-age allowance"],
    description: "为老年朋友开展防诈骗宣传、解读政策并协助办理高龄津贴。",
    descriptionEn:
      "Anti-fraud advice, policy explanations and help with old-age allowance applications for older residents.",
    hosts: ["cityCivilAffairs"],
  },
  {
    key: "food-bank",
    name: "食物银行",
    nameEn: "Food bank",
    category: C.WELFARE,
    audiences: [A.DISABLED, A.CHILDREN, A.LOW_INCOME],
    services: ["发放爱心食物包", "绿色减碳公益"],
    servicesEn: ["Food parcels", "Green, low-carbon charity"],
    description: "绿色减碳公益项目，为残疾人、困境儿童等低收入群体发放食物近100份。",
    descriptionEn:
      "A green, low-carbon charity project: about 100 food parcels for disabled residents, children in difficulty and low-income households.",
    hosts: ["districtCivilAffairs", "subdistrictBranch3"],
  },
  {
    key: "emergency-safety",
    name: "应急保平安",
    nameEn: "Emergency safety",
    category: C.SAFETY,
    audiences: [A.ALL],
    services: ["应急措施演示", "逃生方法讲解"],
    servicesEn: ["Emergency measures demonstrated", "Escape routes explained"],
    description: "现场演示应急措施和逃生方法。",
    descriptionEn: "Demonstrations of emergency measures and how to escape safely.",
    hosts: ["subdistrictBranch5"],
  },
  {
    key: "civilised-dog-keeping",
    name: "文明养犬",
    nameEn: "Responsible dog keeping",
    category: C.CIVIC_LIFE,
    // Dog owners have no audience of their own; the stall is open to everyone.
    audiences: [A.ALL],
    services: ["宠物免费义诊", "犬只植入芯片", "文明养犬宣传"],
    servicesEn: ["Free vet check-ups", "Dog microchip implants", "Responsible dog-keeping advice"],
    description: "宠物医院医生现场义诊、为犬只植入芯片，倡导文明养犬。",
    descriptionEn: "Vets from a pet hospital give free check-ups and implant microchips in dogs.",
    hosts: ["subdistrictBranch7", "petHospitalVets"],
  },
  {
    key: "waste-sorting",
    name: "垃圾分类",
    nameEn: "Waste sorting",
    category: C.CIVIC_LIFE,
    audiences: [A.ALL],
    services: ["垃圾分类小知识", "低碳生活宣传"],
    servicesEn: ["Waste-sorting know-how", "Low-carbon living tips"],
    description: "科普垃圾分类小知识，推动垃圾分类成为低碳生活新时尚。",
    descriptionEn: "Waste-sorting know-how, to make sorting part of a low-carbon everyday life.",
    hosts: ["subdistrictBranch7"],
  },
  {
    key: "legal-advice",
    name: "与法同行",
    nameEn: "Legal advice",
    category: C.LEGAL,
    audiences: [A.ALL],
    services: ["婚姻家庭咨询", "劳动纠纷咨询", "借贷纠纷咨询"],
    servicesEn: ["Marriage and family", "Labour disputes", "Loan disputes"],
    description: "提供婚姻家庭、劳动纠纷、借贷纠纷等法律咨询，维护居民合法权益。",
    descriptionEn: "Legal advice on marriage and family, labour disputes and loan disputes.",
    hosts: ["subdistrictBranch4"],
  },
  {
    key: "mothers-jobs",
    name: "妈妈岗",
    nameEn: "Jobs for mothers",
    category: C.EMPLOYMENT,
    audiences: [A.MOTHERS],
    services: ["灵活就业岗位", "弹性工作时间", "求职登记"],
    servicesEn: ["Flexible jobs", "Flexible working hours", "Job-seeker registration"],
    description: "“妈妈岗”公益项目：灵活上班、弹性工作，帮助母亲重返职场。",
    descriptionEn: "Flexible, part-time jobs that help mothers return to work.",
    hosts: ["leyoujia"],
  },
  {
    key: "coffee-care",
    name: "啡尝关爱",
    nameEn: "Coffee with care",
    category: C.LIFE_SERVICE,
    audiences: [A.ALL],
    services: ["手磨咖啡免费品尝"],
    servicesEn: ["Free hand-ground coffee tasting"],
    description: "现场提供手磨咖啡免费品尝。",
    descriptionEn: "Free tastings of hand-ground coffee.",
    hosts: ["xiCoffee"],
  },
  {
    key: "tcm-therapy",
    name: "中医理疗",
    nameEn: "TCM therapy",
    category: C.HEALTH,
    audiences: [A.ELDERLY],
    services: ["按摩推拿", "中医理疗", "养生保健咨询"],
    servicesEn: ["Massage (tuina)", "TCM therapy", "Health-care advice"],
    description: "医师提供针对性的按摩推拿服务，是老年人点单最多的摊位。",
    descriptionEn: "Practitioners offer targeted massage and therapy; the stall older residents asked for most.",
    hostNote: "中医师",
    hostNoteEn: "TCM practitioners",
    hosts: ["tcmVolunteers"],
  },
  {
    key: "free-haircuts",
    name: "爱心义剪",
    nameEn: "Free haircuts",
    category: C.LIFE_SERVICE,
    audiences: [A.ELDERLY, A.DISABLED, A.CHILDREN],
    services: ["免费理发"],
    servicesEn: ["Free haircuts"],
    description: "退役军人志愿者为高龄长者、残疾人、儿童等提供免费理发。",
    descriptionEn: "Veteran volunteers give free haircuts to older residents, disabled residents and children.",
    hosts: ["veteransVolunteers"],
  },
  {
    key: "children-art-education",
    name: "儿童艺术教育体验",
    nameEn: "Children's arts taster",
    category: C.CHILDREN_CULTURE,
    audiences: [A.CHILDREN],
    services: ["古筝演奏体验"],
    servicesEn: ["Try the guzheng"],
    description: "提供古筝演奏体验，吸引热爱器乐的小朋友。",
    descriptionEn: "Children try playing the guzheng (Chinese zither).",
    hosts: ["artsTrainingAssociation"],
  },
  {
    key: "little-wolf-sports",
    name: "小狼运动",
    nameEn: "Little Wolf sports",
    category: C.CHILDREN_CULTURE,
    audiences: [A.CHILDREN],
    services: ["趣味射击体验"],
    servicesEn: ["Fun shooting game"],
    description: "青少年体能馆提供趣味射击体验。",
    descriptionEn: "A youth fitness centre runs a fun (toy) shooting game.",
    hosts: ["littleWolfFitness"],
  },
  {
    key: "shadow-puppets",
    name: "趣味拓影",
    nameEn: "Shadow-puppet fun",
    category: C.CHILDREN_CULTURE,
    audiences: [A.CHILDREN],
    services: ["皮影戏历史讲解", "皮影道具制作", "皮影操作体验"],
    servicesEn: ["History of shadow puppetry", "Making puppets", "Playing the puppets"],
    description: "讲解非物质文化遗产皮影戏的历史和道具制作技艺，体验操作皮影。",
    descriptionEn:
      "The intangible heritage of shadow-puppet theatre: its history, how puppets are made, and a go at playing.",
    hosts: ["shijiangArts"],
  },
];

// The everyday words a new community's stall search understands from the start
// (lib/search-synonyms/expand-query.ts): what residents say on the left, the
// words the stalls of lib/seed/data/stalls-2023.ts are written up with on the
// right. Short on purpose; staff extend it under 内容管理 → 搜索近义词.
//
// Each right-hand word was checked against the seeded stalls: it must lead to
// the stall meant and no other. (量血压 → 义诊 is left out: the only 义诊 here
// is the dog-keeping stall's free vet check-up.)
export const SEARCH_SYNONYMS: readonly { term: string; expandsTo: readonly string[] }[] = [
  // 爱心义剪: its text says 义剪 and 免费理发, residents say neither.
  { term: "剪头发", expandsTo: ["理发", "义剪"] },
  { term: "剪发", expandsTo: ["理发", "义剪"] },
  { term: "理发", expandsTo: ["义剪"] },
  { term: "义剪", expandsTo: ["理发"] },
  // 乐龄服务: 协助申请高龄津贴.
  { term: "老人补贴", expandsTo: ["高龄津贴"] },
  { term: "高龄补贴", expandsTo: ["高龄津贴"] },
  { term: "防骗", expandsTo: ["防诈骗"] },
  { term: "反诈", expandsTo: ["防诈骗"] },
  // 与法同行: 法律咨询 on marriage, labour and loan disputes.
  { term: "律师", expandsTo: ["法律"] },
  { term: "打官司", expandsTo: ["法律", "纠纷"] },
  // 食物银行: 爱心食物包.
  { term: "米面油", expandsTo: ["食物包"] },
  // 妈妈岗: 灵活就业岗位, 求职登记.
  { term: "找工作", expandsTo: ["就业", "求职"] },
  // English pages search the English text: "Free haircuts", "Legal advice".
  { term: "barber", expandsTo: ["haircut"] },
  { term: "lawyer", expandsTo: ["legal"] },
];

// Search synonyms against a real, seeded database: the directory finds a stall
// by a resident's everyday word (剪头发 → 爱心义剪), staff add and remove words
// (content.manage, own community only), each change expires the searches that
// used the list, and a re-seed does not bring back a word staff removed.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { cacheTags } from "@/lib/cache/tags";
import { ActionError } from "@/lib/forms/action-error";
import type { FormState } from "@/lib/forms/form-state";
import { addSynonym } from "@/lib/search-synonyms/add-synonym";
import { searchAlternatives } from "@/lib/search-synonyms/queries";
import { removeSynonym } from "@/lib/search-synonyms/remove-synonym";
import { synonymFormSchema } from "@/lib/search-synonyms/synonym-form-schema";
import { SEARCH_SYNONYMS } from "@/lib/seed/data/search-synonyms";
import { seedDatabase } from "@/lib/seed/seed-database";
import { parseDirectoryFilter } from "@/lib/stalls/directory-filter";
import { searchStalls } from "@/lib/stalls/queries";
import { addSynonymAction, removeSynonymAction } from "@/app/[locale]/[display]/admin/content/synonyms/actions";
import { declaredTags, revalidatedTags } from "../helpers/next-cache";
import { seededActor } from "../helpers/seeded-actor";
import { useTestDatabase } from "../helpers/use-test-database";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(session.actor),
}));

const testDb = await useTestDatabase();
const prisma = testDb.prisma;

let admin: Actor;
let staff: Actor;
let secretary: Actor;
let otherAdmin: Actor;

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  admin = await seededActor(prisma, "admin");
  staff = await seededActor(prisma, "staff");
  secretary = await seededActor(prisma, "secretary");
  const other = await prisma.community.create({
    data: { slug: `other-${randomUUID().slice(0, 8)}`, name: "另一个社区" },
  });
  otherAdmin = { id: randomUUID(), role: "ADMIN", communityId: other.id };
});

const names = async (q: string) =>
  (await searchStalls(parseDirectoryFilter(new URLSearchParams({ q })))).map((s) => s.name).sort();

const values = (term: string, expandsTo: string) => synonymFormSchema.parse({ term, expandsTo });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe("the directory with the seeded synonyms", () => {
  it("finds the haircut stall by 剪头发 and 剪发, words no stall's text contains", async () => {
    for (const word of ["剪头发", "剪发"]) {
      expect(await prisma.stall.count({ where: { searchText: { contains: word } } })).toBe(0);
      expect(await names(word)).toEqual(["爱心义剪"]);
    }
    // Inside a longer query too, as residents type it.
    expect(await names("我想剪头发")).toEqual(["爱心义剪"]);
    expect(await searchAlternatives("剪头发")).toEqual(["剪头发", "理发", "义剪"]);
    expect(declaredTags).toContain(cacheTags.searchSynonyms);
  });

  it("leads every seeded word to the stall it was written for, and to no other", async () => {
    const meant: Record<string, string> = {
      剪头发: "爱心义剪",
      剪发: "爱心义剪",
      理发: "爱心义剪",
      义剪: "爱心义剪",
      老人补贴: "乐龄服务",
      高龄补贴: "乐龄服务",
      防骗: "乐龄服务",
      反诈: "乐龄服务",
      律师: "与法同行",
      打官司: "与法同行",
      米面油: "食物银行",
      找工作: "妈妈岗",
      barber: "爱心义剪",
      lawyer: "与法同行",
    };
    expect(Object.keys(meant).sort()).toEqual(SEARCH_SYNONYMS.map((s) => s.term).sort());
    for (const [term, stall] of Object.entries(meant)) expect(await names(term), term).toEqual([stall]);
  });

  it("keeps the other filters: an audience the stall does not serve finds nothing", async () => {
    const filter = (query: string) => parseDirectoryFilter(new URLSearchParams(query));
    expect((await searchStalls(filter("q=剪头发&audience=elderly"))).map((s) => s.name)).toEqual(["爱心义剪"]);
    expect(await searchStalls(filter("q=剪头发&audience=mothers"))).toEqual([]);
  });
});

describe("adding and removing synonyms", () => {
  it("an added word finds its stall at once, and removing it takes that back", async () => {
    expect(await names("捏脚")).toEqual([]);
    revalidatedTags.length = 0;
    expect(await addSynonym(admin, values(" 捏脚 ", "推拿、理疗"))).toEqual({ term: "捏脚" });
    expect(revalidatedTags).toEqual([cacheTags.searchSynonyms]);
    expect(await names("捏脚")).toEqual(["中医理疗"]);

    const row = await prisma.searchSynonym.findFirstOrThrow({
      where: { communityId: admin.communityId, term: "捏脚" },
    });
    expect(row.expandsTo).toEqual(["推拿", "理疗"]);
    revalidatedTags.length = 0;
    expect(await removeSynonym(admin, row.id)).toEqual({ term: "捏脚" });
    expect(revalidatedTags).toEqual([cacheTags.searchSynonyms]);
    expect(await names("捏脚")).toEqual([]);
    // A second tap on the same button: the row is gone.
    expect(await rejection(removeSynonym(admin, row.id))).toMatchObject({ code: "forms.errors.notFound" });
  });

  it("a term is listed once: a second one is a message next to the term", async () => {
    const error = await rejection(addSynonym(admin, values("剪头发", "美发")));
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).details.fieldErrors).toEqual({ term: ["adminContent.errors.termTaken"] });
  });

  it("only content.manage may change the list, and only its own community's", async () => {
    const target = await prisma.searchSynonym.findFirstOrThrow({ where: { communityId: admin.communityId } });
    for (const actor of [staff, secretary]) {
      expect(await rejection(addSynonym(actor, values("洗头", "理发")))).toMatchObject({ status: 403 });
      expect(await rejection(removeSynonym(actor, target.id))).toMatchObject({ status: 403 });
    }
    expect(await rejection(addSynonym(null, values("洗头", "理发")))).toMatchObject({ status: 401 });
    const otherRemove = await rejection(removeSynonym(otherAdmin, target.id));
    expect(otherRemove).toBeInstanceOf(AuthorizationError);
    expect(otherRemove).toMatchObject({ status: 403 });
    expect(await prisma.searchSynonym.count({ where: { id: target.id } })).toBe(1);
    expect(await prisma.searchSynonym.count({ where: { term: "洗头" } })).toBe(0);
  });

  it("another community's words never change this community's search", async () => {
    await addSynonym(otherAdmin, values("洗头", "理发"));
    expect(await names("洗头")).toEqual([]);
    // The same term in both communities is no clash.
    await addSynonym(admin, values("洗头", "理发"));
    expect(await names("洗头")).toEqual(["爱心义剪"]);
  });
});

describe("the actions", () => {
  const idle: FormState = { status: "idle" };
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.append(key, value);
    return data;
  };

  it("add says what was added and sends nothing back, so the form starts empty", async () => {
    session.actor = admin;
    const state = await addSynonymAction(idle, form({ term: "刮胡子", expandsTo: "理发", locale: "zh-CN" }));
    expect(state).toEqual({ status: "ok", message: "adminContent.synonyms.added", messageValues: { term: "刮胡子" } });
    const taken = await addSynonymAction(idle, form({ term: "刮胡子", expandsTo: "义剪", locale: "zh-CN" }));
    expect(taken).toMatchObject({
      status: "error",
      fieldErrors: { term: ["adminContent.errors.termTaken"] },
      values: { term: "刮胡子", expandsTo: "义剪" },
    });
  });

  it("remove names the word; another community's admin is refused before anything is parsed", async () => {
    const row = await prisma.searchSynonym.findFirstOrThrow({
      where: { communityId: admin.communityId, term: "刮胡子" },
    });
    session.actor = otherAdmin;
    expect(await removeSynonymAction(idle, form({ id: row.id }))).toMatchObject({
      formError: "forms.errors.forbidden",
    });
    session.actor = admin;
    expect(await removeSynonymAction(idle, form({ id: "not-a-uuid" }))).toMatchObject({
      formError: "forms.errors.notFound",
    });
    expect(await removeSynonymAction(idle, form({ id: row.id }))).toEqual({
      status: "ok",
      message: "adminContent.synonyms.removed",
      messageValues: { term: "刮胡子" },
    });
    session.actor = null;
  });
});

describe("seeding", () => {
  it("does not bring back a word staff removed, and writes the list for a community that has none", async () => {
    const row = await prisma.searchSynonym.findFirstOrThrow({
      where: { communityId: admin.communityId, term: "剪发" },
    });
    await removeSynonym(admin, row.id);
    await seedDatabase(prisma, { staffPassword: "integration-test-password" });
    expect(await prisma.searchSynonym.count({ where: { communityId: admin.communityId, term: "剪发" } })).toBe(0);

    await prisma.searchSynonym.deleteMany({ where: { communityId: admin.communityId } });
    await seedDatabase(prisma, { staffPassword: "integration-test-password" });
    expect(await prisma.searchSynonym.count({ where: { communityId: admin.communityId } })).toBe(
      SEARCH_SYNONYMS.length,
    );
  });
});

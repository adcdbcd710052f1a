// Finding 12: every distinct /stalls?q=… was rendered and written to the page
// cache, so random queries could fill the disk. Now free text is never a cache
// key: not of a cached function ('use cache' arguments are its key) and not of
// a cached page (the proxy keeps q out of the path). 2,000 random queries must
// reach a bounded set of cache keys.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { parseDirectoryFilter } from "@/lib/stalls/directory-filter";
import { searchStalls } from "@/lib/stalls/queries";
import proxy from "@/proxy";
import { useTestDatabase } from "../helpers/use-test-database";

// 'use cache' is a no-op under Vitest: what would key each cache entry is the
// cached functions' arguments, recorded here.
const cacheKeys = vi.hoisted(() => ({ directory: new Set<string>(), synonyms: new Set<string>(), calls: 0 }));
vi.mock("@/lib/stalls/directory-index", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/stalls/directory-index")>();
  return {
    ...actual,
    directoryIndex: (...args: Parameters<typeof actual.directoryIndex>) => {
      cacheKeys.directory.add(JSON.stringify(args));
      cacheKeys.calls++;
      return actual.directoryIndex(...args);
    },
  };
});
vi.mock("@/lib/search-synonyms/community-synonyms", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/search-synonyms/community-synonyms")>();
  return {
    ...actual,
    communitySynonyms: (...args: []) => {
      cacheKeys.synonyms.add(JSON.stringify(args));
      return actual.communitySynonyms(...args);
    },
  };
});

const testDb = await useTestDatabase();
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
});

const queries = fc.sample(fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }), { numRuns: 2000, seed: 12 });

describe("free-text directory searches do not grow the cache", () => {
  it("2,000 random queries reach one directory entry and one synonym entry", async () => {
    for (const q of queries) await searchStalls(parseDirectoryFilter(new URLSearchParams({ q })));
    expect(cacheKeys.calls).toBe(queries.length);
    expect([...cacheKeys.directory]).toEqual([JSON.stringify([null, null])]);
    expect(cacheKeys.synonyms.size).toBe(1);
  });

  it("the search still finds what it found before, synonyms included", async () => {
    const names = (q: string) =>
      searchStalls(parseDirectoryFilter(new URLSearchParams({ q }))).then((r) => r.map((s) => s.name));
    expect(await names("理发")).toContain("爱心义剪");
    expect(await names("HAIRCUT")).toContain("爱心义剪");
    expect(await names("没有这样的摊位名称")).toEqual([]);
  });

  it("2,000 random queries are rewritten to one page path (q stays out of the cached path)", async () => {
    const paths = new Set<string>();
    for (const q of queries) {
      const url = new URL("http://localhost/stalls");
      url.searchParams.set("q", q);
      const response = await proxy(new NextRequest(url));
      const location = response.headers.get("location");
      // An untidy query is first redirected to its tidy address; follow it once.
      const tidy = location ? await proxy(new NextRequest(new URL(location, url))) : response;
      const rewrite = tidy.headers.get("x-middleware-rewrite");
      if (rewrite) paths.add(new URL(rewrite).pathname);
    }
    expect([...paths]).toEqual(["/zh-CN/standard/stalls/find/all"]);
  });

  it("audience and category pages keep their own cached path", async () => {
    const response = await proxy(new NextRequest("http://localhost/stalls?category=health"));
    expect(new URL(response.headers.get("x-middleware-rewrite") ?? "http://x/").pathname).toBe(
      "/zh-CN/standard/stalls/search/category%3Dhealth",
    );
    const search = await proxy(new NextRequest("http://localhost/stalls?category=health&q=%E7%90%86%E5%8F%91"));
    const target = new URL(search.headers.get("x-middleware-rewrite") ?? "http://x/");
    expect(target.pathname).toBe("/zh-CN/standard/stalls/find/category%3Dhealth");
    expect(target.searchParams.get("q")).toBe("理发");
  });
});

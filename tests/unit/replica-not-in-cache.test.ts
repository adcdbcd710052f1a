// Issue 15 part 7: public 'use cache' queries never read the read replica. A
// replica a few seconds behind would put old data into Next's cache right after
// a change revalidated it, and it would stay there until the next change. So no
// module a cached query imports, directly or through others, may import
// lib/db/replica.ts; the check follows the imports of every file under lib/ and
// app/ that has a 'use cache' directive.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REPLICA = path.join(ROOT, "lib/db/replica.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const USE_CACHE = /^\s*["']use cache(?::\s*[\w-]+)?["'];?\s*$/m;
// Value imports and re-exports, static and dynamic; `import type` erases at build time.
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2];
    const resolved = specifier ? resolveImport(file, specifier) : null;
    if (resolved) found.push(resolved);
  }
  return found;
}

/** The import chain from `start` to `target`, or null when `target` is not reachable. */
function chainTo(start: string, target: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file === target) {
      const chain: string[] = [];
      for (let at: string | null = file; at; at = cameFrom.get(at) ?? null) chain.unshift(path.relative(ROOT, at));
      return chain;
    }
    for (const next of importsOf(file)) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

const cachedModules = [...sourceFiles(path.join(ROOT, "lib")), ...sourceFiles(path.join(ROOT, "app"))].filter((f) =>
  USE_CACHE.test(readFileSync(f, "utf8")),
);

describe("the read replica and the public cache", () => {
  it("finds the cached queries, and the walk reaches what they import", () => {
    const names = cachedModules.map((f) => path.relative(ROOT, f));
    expect(names).toContain("lib/organizations/unit-accountability.ts");
    expect(names).toContain("lib/wishes/public-figures.ts");
    // The unit's public page shares its figures' query with the staff report.
    expect(
      chainTo(
        path.join(ROOT, "lib/organizations/unit-accountability.ts"),
        path.join(ROOT, "lib/reports/unit-figures.ts"),
      ),
    ).not.toBeNull();
  });

  it("sees the replica where the staff reports use it", () => {
    expect(chainTo(path.join(ROOT, "lib/reports/unit-report.ts"), REPLICA)).not.toBeNull();
    expect(chainTo(path.join(ROOT, "lib/reports/export-wishes.ts"), REPLICA)).not.toBeNull();
  });

  it.each(cachedModules.map((f) => [path.relative(ROOT, f), f]))(
    "%s never imports lib/db/replica.ts",
    (_name, file) => {
      expect(chainTo(file, REPLICA)).toBeNull();
    },
  );
});

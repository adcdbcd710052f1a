// Finds the dashboard's attack surface in the source tree: every Server Action
// exported from app/**/admin/**/actions.ts, every route handler under
// app/api/admin/**/route.ts, and every page under app/**/admin/**/page.tsx.
// The authorisation matrix (tests/integration/authorization-matrix.test.ts)
// must have a row for each one. app/api/auth (next-auth's own route) is not
// part of the dashboard and is left out.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) =>
    path.join(dir, f).split(path.sep).join("/"),
  );
}

export function readSource(file: string): string {
  return readFileSync(path.join(ROOT, file), "utf8");
}

/** Names of `export async function X` / `export function X` / `export const X =`. */
function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/^export\s+(?:async\s+)?(?:function\s+(\w+)|const\s+(\w+)\s*=)/gm)].map(
    (m) => m[1] ?? m[2]!,
  );
  return [...new Set(names)];
}

export interface SurfaceEntry {
  /** "<file>#<export>", the matrix key. */
  key: string;
  file: string;
  name: string;
  kind: "action" | "route";
}

export function discoverActionsAndRoutes(): SurfaceEntry[] {
  const actionFiles = files("app").filter((f) => f.includes("/admin/") && f.endsWith("/actions.ts"));
  const routeFiles = files("app/api").filter((f) => f.startsWith("app/api/admin/") && f.endsWith("/route.ts"));
  const entries: SurfaceEntry[] = [];
  for (const file of actionFiles) {
    for (const name of exportedNames(readSource(file)))
      entries.push({ key: `${file}#${name}`, file, name, kind: "action" });
  }
  for (const file of routeFiles) {
    for (const name of exportedNames(readSource(file)).filter((n) => HTTP_METHODS.includes(n))) {
      entries.push({ key: `${file}#${name}`, file, name, kind: "route" });
    }
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}

export function discoverAdminPages(): string[] {
  return files("app")
    .filter((f) => /\/admin(\/|$)/.test(path.dirname(f)) && f.endsWith("/page.tsx"))
    .sort();
}

/**
 * The text of a top-level function and of the file's own functions it calls
 * (one level: `runForUser(form, …)` style helpers), for the static check that
 * every export reaches getActor() and assertCan().
 */
export function functionTextWithHelpers(source: string, name: string): string {
  const own = functionBody(source, name);
  if (!own) return "";
  const called = [...own.matchAll(/\b(\w+)\(/g)].map((m) => m[1]!).filter((n) => n !== name);
  return [own, ...called.map((n) => functionBody(source, n) ?? "")].join("\n");
}

function functionBody(source: string, name: string): string | null {
  const start = source.search(new RegExp(`(?:async\\s+)?function\\s+${name}\\s*(?:<[^(]*>)?\\s*\\(`));
  if (start < 0) return null;
  const open = source.indexOf("{", source.indexOf(")", start));
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === "{") depth++;
    else if (source[i] === "}" && --depth === 0) return source.slice(start, i + 1);
  }
  return source.slice(start);
}

/**
 * The configuration an action export is made with, when it is made with the
 * shared wrapper (`export const X = staffAction({ … })`, lib/forms/): the text
 * of that call, in which the matrix checks the permission. Null for a plain
 * function.
 */
export function wrappedActionConfig(source: string, name: string): string | null {
  const match = new RegExp(`export\\s+const\\s+${name}\\s*(?::[^=]+)?=\\s*staffAction\\s*(?:<[^(]*>)?\\(`).exec(source);
  if (!match) return null;
  let depth = 0;
  for (let i = match.index + match[0].length - 1; i < source.length; i++) {
    if (source[i] === "(") depth++;
    else if (source[i] === ")" && --depth === 0) return source.slice(match.index, i + 1);
  }
  return null;
}

// npm run staff:create-admin -- <username> [display name]
//
// Creates an administrator in HUIYIN_COMMUNITY_SLUG: the way to the first admin of
// a deployment, since only `npm run dev` seeds accounts with a known password.
// The password comes from HUIYIN_ADMIN_PASSWORD, else standard input: typed twice
// without echo at a terminal, or the first line of piped input
// (`printf '%s\n' "$PW" | npm run staff:create-admin -- wang`). It never appears
// in the process's arguments, where other users of the machine could read it.
//
// Runs with `tsx --conditions=react-server` (the npm script does) so the lib/
// services' "server-only" import resolves to its empty server build.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { readFile } from "node:fs/promises";
import readline from "node:readline";
import { Writable } from "node:stream";
import { readEnv } from "../lib/env";
import { openDatabase } from "./database";

const PREFIX = "staff:create-admin:";

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

/** Node has no hidden prompt: readline writes through a stream muted after the prompt. */
function promptHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve, reject) => {
    rl.on("SIGINT", () => {
      rl.close();
      reject(new Error("cancelled"));
    });
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.HUIYIN_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return (await readAll(process.stdin)).split(/\r?\n/)[0] ?? "";
  const first = await promptHidden("Password for the new administrator: ");
  const again = await promptHidden("Type it again: ");
  if (first !== again) throw new Error("the two passwords differ; nothing was created");
  return first;
}

/**
 * The staff form's English message for a key relative to "adminStaff", or for
 * the password policy's own keys ("adminAuth.password.…").
 */
async function message(key: string): Promise<string> {
  const [namespace, path] = key.startsWith("adminAuth.") ? ["adminAuth", key.slice(10)] : ["adminStaff", key];
  const file = new URL(`../lib/i18n/messages/en/${namespace}.json`, import.meta.url);
  let node: unknown = JSON.parse(await readFile(file, "utf8"));
  for (const part of path.split(".")) node = typeof node === "object" && node ? Reflect.get(node, part) : undefined;
  return typeof node === "string" ? node : key;
}

const [username, displayName] = process.argv.slice(2);
if (!username) {
  console.error(`${PREFIX} usage: npm run staff:create-admin -- <username> [display name]`);
  process.exit(2);
}
const slug = readEnv().HUIYIN_COMMUNITY_SLUG;
const database = await openDatabase();
try {
  const password = await readPassword();
  process.env.DATABASE_URL = database.url;
  if (database.embedded) process.env.HUIYIN_DB_POOL_SIZE = "1";
  const { createFirstAdmin } = await import("../lib/staff/create-first-admin");
  const { disconnectDb } = await import("../lib/db/client");
  try {
    const result = await createFirstAdmin({ communitySlug: slug, username, displayName, password });
    if (result.ok) {
      console.log(`${PREFIX} administrator "${username}" created in community "${slug}". Sign in at /admin.`);
    } else if (result.reason === "invalid") {
      for (const [field, keys] of Object.entries(result.fieldErrors)) {
        for (const key of keys) console.error(`${PREFIX} ${field}: ${await message(key)}`);
      }
      process.exitCode = 1;
    } else {
      console.error(
        result.reason === "usernameTaken"
          ? `${PREFIX} the username "${username}" already exists; nothing was changed. Choose another username.`
          : `${PREFIX} community "${slug}" not found: start the server once (it migrates and seeds), or set HUIYIN_COMMUNITY_SLUG.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await disconnectDb();
  }
} catch (error) {
  console.error(`${PREFIX} ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}

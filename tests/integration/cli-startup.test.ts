// The command-line entry points, run as an operator runs them (a child process):
// - issue 12, finding 4: scripts read .env like Next, so a migration lands in
//   the database the server will use;
// - finding 2: a start without the dev signal never seeds the development password;
// - finding 3: it refuses to start, naming the variable, when NEXTAUTH_URL is not set;
// - finding 13: a missing secrets file is not regenerated over encrypted data.
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ROOT, runScript, type ScriptEnv } from "../helpers/run-script";
import { createEmptyDatabase } from "../helpers/test-database";

// Each test starts Node, tsx and (for the embedded database) PGlite: slow on a busy CI machine.
vi.setConfig({ testTimeout: 180_000 });
const work = await mkdtemp(path.join(tmpdir(), "huiyin-cli-"));
afterAll(() => rm(work, { recursive: true, force: true }));

/** The environment of a shell with nothing configured (the test runner's own removed). */
function bareEnv(extra: ScriptEnv): ScriptEnv {
  const env: ScriptEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: "1" };
  return { ...env, ...extra };
}

function tsx(script: string, args: string[], options: { cwd: string; env: ScriptEnv }) {
  return runScript(script, args, options);
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: boolean }>("SELECT to_regclass($1) IS NOT NULL AS found", [
      `"${table}"`,
    ]);
    return rows[0]?.found ?? false;
  } finally {
    await client.end();
  }
}

describe("npm run db:migrate", () => {
  it("migrates the database named in .env, as the server would use it", async () => {
    const target = await createEmptyDatabase();
    try {
      const project = path.join(work, "project");
      await rm(project, { recursive: true, force: true });
      await mkdir(project);
      await writeFile(path.join(project, ".env"), `DATABASE_URL=${target.url}\n`);
      // Without .env the script would fall back to an embedded database here.
      const { status, out } = await tsx("scripts/db-migrate.ts", [], {
        cwd: project,
        env: bareEnv({ HUIYIN_DATA_DIR: path.join(project, ".data") }),
      });
      expect(out).not.toContain("embedded database");
      expect(status).toBe(0);
      expect(await tableExists(target.url, "Community")).toBe(true);
    } finally {
      await target.drop();
    }
  });
});

describe("a production start (scripts/run-with-db.ts without --dev)", () => {
  const dataDir = path.join(work, "data");
  // The command run-with-db starts: reads the staff accounts through the database
  // it was given, then gives a wish encrypted contact data for the last test.
  const probe = [
    "-e",
    `const pg = require("pg");
     const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
     c.connect()
       .then(() => c.query('SELECT username, active FROM "StaffUser" ORDER BY username'))
       .then((r) => { console.log("STAFF " + JSON.stringify(r.rows)); })
       .then(() => c.query('UPDATE "Wish" SET "nameEnc" = $1 WHERE id = (SELECT id FROM "Wish" ORDER BY id LIMIT 1)', ["enc"]))
       .then(() => c.end());`,
  ];
  const start = (env: ScriptEnv) =>
    tsx("scripts/run-with-db.ts", ["node", ...probe], {
      cwd: ROOT,
      env: bareEnv({ HUIYIN_DATA_DIR: dataDir, ...env }),
    });

  it("refuses to start without NEXTAUTH_URL, naming it, and runs nothing", async () => {
    const { status, out } = await start({});
    expect(out).toMatch(/Refusing to start in production/);
    expect(out).toMatch(/NEXTAUTH_URL: is not set/);
    expect(out).not.toContain("STAFF ");
    expect(status).toBe(1);
  });

  it("seeds the demo content on a fresh folder, but no account with the development password", async () => {
    const { status, out } = await start({ NEXTAUTH_URL: "http://localhost:3000", HUIYIN_ALLOW_HTTP: "1" });
    expect(status).toBe(0);
    const staff = JSON.parse(/STAFF (.*)/.exec(out)?.[1] ?? "[]") as { username: string; active: boolean }[];
    // Yuandong's three, Baihua's two and the subdistrict's account, all locked.
    expect(staff.map((s) => s.username).sort()).toEqual([
      "admin",
      "baihua-admin",
      "baihua-staff",
      "secretary",
      "staff",
      "yuanling",
    ]);
    expect(staff.every((s) => !s.active)).toBe(true);
    expect(out).not.toContain("seeded with");
    expect(out).toContain("npm run staff:create-admin");
  });

  it("refuses new keys when secrets.json is gone but wishes hold encrypted contact data", async () => {
    await rm(path.join(dataDir, "secrets.json"));
    const { status, out } = await start({ NEXTAUTH_URL: "http://localhost:3000", HUIYIN_ALLOW_HTTP: "1" });
    expect(out).toMatch(/secrets\.json is missing, but the database holds encrypted contact data/);
    expect(out).not.toContain("STAFF ");
    expect(status).toBe(1);
  });
});

describe("instances of one deployment (issue 15: one set of secrets)", () => {
  const key = () => randomBytes(32).toString("base64");
  const secrets = { NEXTAUTH_SECRET: key(), HUIYIN_ENCRYPTION_KEY: key(), HUIYIN_LOOKUP_KEY: key() };
  const run = (url: string, env: ScriptEnv) =>
    tsx("scripts/run-with-db.ts", ["node", "-e", "console.log('SERVING')"], {
      cwd: ROOT,
      env: bareEnv({ DATABASE_URL: url, NEXTAUTH_URL: "http://localhost:3000", HUIYIN_ALLOW_HTTP: "1", ...env }),
    });

  it("starts a second instance with the same secrets, refuses one with another, naming only the variable", async () => {
    const target = await createEmptyDatabase();
    try {
      const first = await run(target.url, secrets);
      expect(first.out).toContain("SERVING");
      expect(first.status).toBe(0);
      expect((await run(target.url, secrets)).status).toBe(0);

      const otherSession = key();
      const refused = await run(target.url, { ...secrets, NEXTAUTH_SECRET: otherSession });
      expect(refused.out).toMatch(/NEXTAUTH_SECRET differs from the secrets the other instances/);
      expect(refused.out).not.toContain("HUIYIN_ENCRYPTION_KEY");
      expect(refused.out).not.toContain(otherSession);
      expect(refused.out).not.toContain("SERVING");
      expect(refused.status).toBe(1);
    } finally {
      await target.drop();
    }
  });

  it("with REDIS_URL (several instances) refuses to start without a fixed Server Actions key", async () => {
    const target = await createEmptyDatabase();
    try {
      const { status, out } = await run(target.url, { ...secrets, REDIS_URL: "redis://127.0.0.1:6379" });
      expect(out).toMatch(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: is not set/);
      expect(status).toBe(1);
    } finally {
      await target.drop();
    }
  });
});

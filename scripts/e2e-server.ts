// The server the end-to-end tests run against: `next build` (skipped with
// E2E_SKIP_BUILD=1 when a build of the same tree exists), then `next start` on a
// freshly seeded database: a new embedded folder (.data/e2e-<port>), or DATABASE_URL.
// It builds into .next-e2e, away from the .next of `npm run dev`.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { startSmsSink } from "./e2e-sms-sink";
import { fillMissingSecrets } from "./secrets";

const port = process.argv[2] ?? "3100";
// The SMS gateway the tests read (scripts/e2e-sms-sink.ts), on the next port.
const smsPort = Number(port) + 1;
// Its mail relay (the same sink), two ports on: units get their referrals by email.
const smtpPort = Number(port) + 2;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  HUIYIN_SEED_ON_START: "1",
  HUIYIN_PUBLIC_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  // A production build served over http on localhost: the production start
  // check (lib/production-env.ts) requires https unless this is set.
  HUIYIN_ALLOW_HTTP: "1",
  // Test-only credentials; never used outside this server.
  SEED_STAFF_PASSWORD: process.env.SEED_STAFF_PASSWORD ?? "e2e-staff-password",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
  // Every browser of the suite comes from 127.0.0.1: the per-IP limits are raised
  // so the suite is not throttled as one crowded Wi-Fi; per-device limits stay.
  RATE_WISH_IP_POINTS: process.env.RATE_WISH_IP_POINTS ?? "10000",
  RATE_TRACK_IP_POINTS: process.env.RATE_TRACK_IP_POINTS ?? "10000",
  RATE_SIGNIN_IP_POINTS: process.env.RATE_SIGNIN_IP_POINTS ?? "10000",
  // Messages go out at once, through the real webhook client, to the local sink.
  HUIYIN_QUIET_HOURS: "off",
  SMS_PROVIDER: "webhook",
  SMS_WEBHOOK_URL: `http://127.0.0.1:${smsPort}/sms`,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  MAIL_FROM: "园东社区 <noreply@huiyin.example.org>",
  // Wishes settled during the run must reach the follow-up queue without
  // waiting the production default of three days.
  HUIYIN_FOLLOW_UP_DAYS: process.env.HUIYIN_FOLLOW_UP_DAYS ?? "0",
};
// On an external database run-with-db generates no secrets: make throw-away ones.
// Derived, not random: a rerun on the same database must present the same ones.
if (env.DATABASE_URL) fillMissingSecrets(env, "e2e");
if (!process.env.DATABASE_URL) {
  // One folder per port: parallel runs never share an embedded database.
  env.HUIYIN_DATA_DIR = `.data/e2e-${port}`;
  rmSync(env.HUIYIN_DATA_DIR, { recursive: true, force: true });
}

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
startSmsSink(smsPort, smtpPort);
const server = spawn("npx", ["tsx", "scripts/run-with-db.ts", "tsx", "scripts/serve.ts", "-p", port], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

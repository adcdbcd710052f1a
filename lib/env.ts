// The one place that reads process.env. next.config.ts imports this module, so a
// malformed variable stops `next dev`/`next build` at once with a readable message
// instead of failing later inside a request.
//
// Secrets are optional here on purpose: `next build` must work on a machine with
// no database and no secrets. Code that needs a secret calls requireEnv(), which
// fails with the variable's name. In embedded mode scripts/run-with-db.ts
// generates the secrets into the data folder, so a first `npm run dev` just works.
// A production server checks them all once at start-up instead
// (lib/production-env.ts, from run-with-db.ts and instrumentation.ts).
//
// CLI scripts load .env files before this module is evaluated (scripts/load-env.ts).
import { z } from "zod";
import { trustSettingError } from "./http/client-address";
import { channelEnvFields, channelRequirements } from "./notifications/channels/channel-env";

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL");

const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** External PostgreSQL. Unset: the embedded PGlite database in HUIYIN_DATA_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /**
   * A read replica of DATABASE_URL's database (e.g. PostgreSQL streaming
   * replication), for the staff reports and the CSV export only
   * (lib/db/replica.ts). Unset: they read the primary like everything else.
   */
  DATABASE_REPLICA_URL: postgresUrl.optional(),
  /** Folder for the embedded database and its generated secrets (git-ignored). */
  HUIYIN_DATA_DIR: z.string().min(1).default(".data"),
  /**
   * Connections per app instance. scripts/run-with-db.ts sets 1 for the embedded
   * database: its socket server interleaves the protocol messages of concurrent
   * connections onto PGlite's single backend, which breaks unnamed statements.
   */
  HUIYIN_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Port of the embedded database's PostgreSQL socket; 0 picks a free one. */
  HUIYIN_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Seed demo data when the server starts (always on for a new embedded database). */
  HUIYIN_SEED_ON_START: flag.default(false),
  /** The community whose portal this deployment serves at "/". */
  HUIYIN_COMMUNITY_SLUG: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default("yuandong"),
  /** Absolute base URL used in feeds, calendars and share cards. */
  HUIYIN_PUBLIC_URL: z.url().default("http://localhost:3000"),
  /**
   * Password of the seeded admin/staff/secretary accounts. Held to the length
   * rule of every staff password (lib/auth/password-policy.ts), not to its
   * dictionary check: seeding is for development and tests, with fixed passwords.
   */
  SEED_STAFF_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  /** Admins must have a second factor (TOTP): without one they can only enrol. */
  HUIYIN_REQUIRE_MFA: flag.default(false),
  /** Signs staff sessions (next-auth). Generated in embedded mode. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The public address of the site; production requires https (lib/production-env.ts). */
  NEXTAUTH_URL: z.url().optional(),
  /**
   * Lets a production server run over plain http, for a closed intranet only: the
   * session cookie then travels unencrypted.
   */
  HUIYIN_ALLOW_HTTP: flag.default(false),
  /** 32-byte key (base64) for AES-256-GCM encryption of residents' contact data. */
  HUIYIN_ENCRYPTION_KEY: z.base64().optional(),
  /** Key (base64) for the keyed hash that lets staff find a wish by exact phone. */
  HUIYIN_LOOKUP_KEY: z.base64().optional(),
  // Rate limits: points per window (seconds). Per device (a cookie) stops a script;
  // the per-IP limit is higher so a park full of residents on one Wi-Fi gets through.
  RATE_WISH_DEVICE_POINTS: z.coerce.number().int().positive().default(5),
  RATE_WISH_DEVICE_SECONDS: z.coerce.number().int().positive().default(600),
  RATE_WISH_IP_POINTS: z.coerce.number().int().positive().default(60),
  RATE_WISH_IP_SECONDS: z.coerce.number().int().positive().default(600),
  RATE_TRACK_DEVICE_POINTS: z.coerce.number().int().positive().default(20),
  RATE_TRACK_DEVICE_SECONDS: z.coerce.number().int().positive().default(600),
  RATE_TRACK_IP_POINTS: z.coerce.number().int().positive().default(120),
  RATE_TRACK_IP_SECONDS: z.coerce.number().int().positive().default(600),
  // Failed staff sign-ins per address across all usernames: each runs Argon2.
  RATE_SIGNIN_IP_POINTS: z.coerce.number().int().positive().default(30),
  RATE_SIGNIN_IP_SECONDS: z.coerce.number().int().positive().default(900),
  /**
   * Proxies whose X-Forwarded-For hop is believed (scripts/serve.ts): unset
   * trusts none and uses the socket's address; a number trusts that many hops;
   * or a comma-separated list of addresses and CIDR ranges.
   */
  HUIYIN_TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const error = trustSettingError(value);
      if (error) ctx.addIssue({ code: "custom", message: error });
    }),
  /** Phone searches per staff account per hour (find-by-phone; a number is 10,000 guesses away). */
  RATE_PHONE_SEARCH_POINTS: z.coerce.number().int().positive().default(30),
  /**
   * Follow-up calls (回访): a settled wish with a phone and no rating enters the
   * staff queue this many days after its settlement, leaving the resident time to
   * rate from the tracking page first.
   */
  HUIYIN_FOLLOW_UP_DAYS: z.coerce.number().int().min(0).max(365).default(3),
  /**
   * Redis shared by several instances: rate limits, the sign-in lockout and cache
   * invalidations (lib/cache/tag-sync.mjs). Unset: one instance, all in memory.
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional(),
  /** Starts every Redis key and channel, so deployments can share one Redis. */
  HUIYIN_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, "must be 1 to 40 letters, digits, '-' or '_'")
    .default("huiyin"),
  /**
   * Next's key for the closures of Server Actions (base64 of 32 bytes). Required
   * with REDIS_URL (several instances, lib/production-env.ts): a form rendered by
   * one instance must be accepted by another, also across two builds of a rolling update.
   */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.base64().optional(),
  /**
   * Names the build (next.config.ts deploymentId): a browser holding pages of an
   * older build loads the next page in full instead of mixing two builds' code.
   */
  HUIYIN_DEPLOYMENT_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, "must be 1 to 64 letters, digits, '.', '-' or '_'")
    .optional(),
  /**
   * Where the message outbox's worker runs (lib/notifications/outbox/worker.ts):
   * "inline" in the web server's process (npm run dev / npm start), or "off" there,
   * for a deployment that runs `npm run worker` apart. Either way the server still
   * queues new messages at once.
   */
  HUIYIN_WORKER: z.enum(["inline", "off"]).default("inline"),
  /** Notifications a worker fetches per poll and sends side by side. */
  HUIYIN_WORKER_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  // SMS and email (issue 13): SMS_PROVIDER and its variables, SMTP_URL, MAIL_FROM.
  ...channelEnvFields,
  /**
   * Shenzhen-time window in which no message goes out; they wait for its end.
   * "off" for tests and a 24-hour hotline.
   */
  HUIYIN_QUIET_HOURS: z
    .string()
    .regex(/^(off|([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)$/, "must be HH:MM-HH:MM (e.g. 21:00-08:00) or off")
    .default("21:00-08:00"),
  /**
   * The staff group's webhook for new wishes and deadlines (催办): a WeCom group
   * robot's address (…/cgi-bin/webhook/send?key=…) or anything that takes its JSON.
   */
  STAFF_WEBHOOK_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  /** Messages per recipient per Shenzhen day; more are skipped (the tracking page has every step). */
  HUIYIN_SMS_DAILY_CAP: z.coerce.number().int().min(1).max(100).default(5),
});

// The fields alone stay a plain object (requireEnv reads single fields from its
// shape); what one variable requires of another is checked on the whole.
const checkedEnvSchema = envSchema.superRefine(channelRequirements);

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  // Treat empty strings as unset: `FOO=` in a .env file means "not configured".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = checkedEnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return result.data;
}

/** Parsed once per process; tests that change process.env call readEnv() instead. */
export const env: Env = parseEnv(process.env);

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return parseEnv(source);
}

type SecretName = "NEXTAUTH_SECRET" | "HUIYIN_ENCRYPTION_KEY" | "HUIYIN_LOOKUP_KEY" | "DATABASE_URL";

/** Reads a variable that this code path cannot run without, at the moment it is needed. */
export function requireEnv(name: SecretName): string {
  // Only this variable is checked: encryption and keyed hashes call this several
  // times per request, and parsing the whole environment costs about a
  // millisecond of CPU each time. Still read live, so tests may change it.
  const raw = process.env[name];
  const parsed = envSchema.shape[name].safeParse(raw === "" ? undefined : raw);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment:\n  ${name}: ${parsed.error.issues[0]?.message ?? "invalid"}\nSee .env.example.`,
    );
  }
  const value = parsed.data;
  if (!value) {
    throw new Error(
      `${name} is not set. Start the app with \`npm run dev\` or \`npm start\` (they set it up for the embedded database), or set it in the environment (see .env.example).`,
    );
  }
  return value;
}

/**
 * DATABASE_REPLICA_URL, read live and cheaply (each report asks; tests switch it),
 * checked like the rest: a malformed value fails with its name.
 */
export function replicaUrl(): string | undefined {
  const raw = process.env.DATABASE_REPLICA_URL;
  const parsed = envSchema.shape.DATABASE_REPLICA_URL.safeParse(raw === "" ? undefined : raw);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment:\n  DATABASE_REPLICA_URL: ${parsed.error.issues[0]?.message ?? "invalid"}\nSee .env.example.`,
    );
  }
  return parsed.data;
}

/** HUIYIN_REQUIRE_MFA, read live (tests switch it) and cheaply: it is checked per request. */
export function mfaRequiredForAdmins(): boolean {
  const raw = process.env.HUIYIN_REQUIRE_MFA;
  const parsed = envSchema.shape.HUIYIN_REQUIRE_MFA.safeParse(raw === "" ? undefined : raw);
  return parsed.success && parsed.data;
}

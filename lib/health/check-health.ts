import "server-only";
import { db } from "@/lib/db";
import { secretProblems } from "@/lib/production-env";
import { sharedRedisStatus } from "@/lib/rate-limit/limiter";
import { isDraining } from "./draining";

export interface Health {
  status: "ok" | "degraded";
  database: "ok" | "unavailable";
  /** "incomplete" when a secret is missing or malformed: every wish would fail. */
  configuration: "ok" | "incomplete";
}

const TIMEOUT_MS = 3_000;

async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch {
    // The reason may carry connection details; it is not for a public endpoint.
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Asks the database for a trivial answer, giving up after a few seconds, and
 * checks the secrets are there. Which secret is wrong is not said here: the
 * endpoint is public, and the server's start-up log names it.
 */
export async function checkHealth(): Promise<Health> {
  const configuration = secretProblems(process.env).length === 0 ? "ok" : "incomplete";
  const database = (await databaseAnswers()) ? "ok" : "unavailable";
  const status = database === "ok" && configuration === "ok" ? "ok" : "degraded";
  return { status, database, configuration };
}

export interface Readiness extends Health {
  /** "unavailable" is reported, not fatal: limits fall back to memory while Redis is away. */
  redis: "ok" | "unavailable" | "not-configured";
  /** Shutting down (SIGTERM): no new requests, please. */
  draining: boolean;
}

/**
 * Readiness (/api/health/ready): the database answers, the secrets are there,
 * and the instance is not shutting down. Redis is checked when configured and
 * its state reported, but an outage does not take the instance out of the
 * balancer: public pages keep serving, and the limits fall back to memory.
 */
export async function checkReadiness(): Promise<Readiness> {
  const draining = isDraining();
  const [health, redis] = await Promise.all([checkHealth(), sharedRedisStatus()]);
  return { ...health, status: draining ? "degraded" : health.status, redis, draining };
}

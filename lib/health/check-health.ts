import "server-only";
import { db } from "@/lib/db";

export interface Health {
  status: "ok" | "degraded";
  database: "ok" | "unavailable";
}

const TIMEOUT_MS = 3_000;

/** Asks the database for a trivial answer, giving up after a few seconds. */
export async function checkHealth(): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { status: "ok", database: "ok" };
  } catch {
    // The reason may carry connection details; it is not for a public endpoint.
    return { status: "degraded", database: "unavailable" };
  } finally {
    clearTimeout(timer);
  }
}

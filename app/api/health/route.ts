import { connection } from "next/server";
import { checkHealth } from "@/lib/health/check-health";

// Public and unauthenticated by design: load balancers and uptime checks call it.
export async function GET(): Promise<Response> {
  await connection();
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

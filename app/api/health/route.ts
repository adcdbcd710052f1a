import { connection } from "next/server";
import { checkHealth } from "@/lib/health/check-health";
import { limitBody } from "@/lib/http/read-body";

// Public and unauthenticated by design: load balancers and uptime checks call it.
export async function GET(request: Request): Promise<Response> {
  await connection();
  // A GET has no use for a body; one too large is refused before it is read.
  const limited = await limitBody(request);
  if (!limited.ok) return limited.response;
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

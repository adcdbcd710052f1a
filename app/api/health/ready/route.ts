import { connection } from "next/server";
import { checkReadiness } from "@/lib/health/check-health";
import { limitBody } from "@/lib/http/read-body";

// Readiness: 200 while this instance should get traffic (the database answers,
// the secrets are there, it is not shutting down), 503 otherwise. Public and
// unauthenticated like /api/health; it names no secret and no address.
export async function GET(request: Request): Promise<Response> {
  await connection();
  const limited = await limitBody(request);
  if (!limited.ok) return limited.response;
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

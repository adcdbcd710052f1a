import { connection } from "next/server";

// Liveness: the process answers. Nothing else is asked, so a database or
// Redis outage never makes an orchestrator restart healthy instances.
export async function GET(): Promise<Response> {
  await connection();
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

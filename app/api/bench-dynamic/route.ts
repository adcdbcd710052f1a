import { connection } from "next/server";

// The baseline of `npm run bench:wishes`: the cheapest response the server can
// give per request (no cache, no database), so the benchmark's ratio measures
// what receiving a wish costs on top of Next itself. Harmless in production.
export async function GET(): Promise<Response> {
  await connection();
  return new Response("<!doctype html><title>ok</title><p>ok</p>", {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

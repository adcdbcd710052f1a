// next-auth's endpoints (session, csrf, credentials callback, sign-out). The
// options are built per request: `next build` imports this module without secrets.
import { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { limitBody } from "@/lib/http/read-body";

async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  // next-auth reads the body itself, whole: it gets a copy read within the limit.
  const limited = await limitBody(request);
  if (!limited.ok) return limited.response;
  // next-auth 4 types this result as any; in a route handler it is a Response.
  const response: unknown = await NextAuth(new NextRequest(limited.request), context, authOptions());
  if (!(response instanceof Response)) throw new Error("next-auth did not answer with a Response");
  return response;
}

export { handler as GET, handler as POST };

// next-auth's endpoints (session, csrf, credentials callback, sign-out). The
// options are built per request: `next build` imports this module without secrets.
import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  const response: Response = await NextAuth(request, context, authOptions());
  return response;
}

export { handler as GET, handler as POST };

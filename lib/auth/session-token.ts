// The session JWT: next-auth's encrypted JWT format (next-auth/jwt encode/decode
// with NEXTAUTH_SECRET), so the next-auth route, proxy.ts and getActor() all read
// the same cookie. Only ids and times go in; no personal data.
import { decode, encode } from "next-auth/jwt";
import { z } from "zod";
import { requireEnv } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS } from "./session-rules";

export const sessionClaimsSchema = z.object({
  sub: z.string().min(1),
  /** The StaffSession row this cookie names (lib/auth/staff-sessions.ts). A token
   * from before session records has none, and reads as signed out. */
  sid: z.string().min(1),
  loginAt: z.number().int(),
  lastSeen: z.number().int(),
});

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export async function encodeSessionToken(claims: SessionClaims): Promise<string> {
  return encode({ token: { ...claims }, secret: requireEnv("NEXTAUTH_SECRET"), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Null for a missing, tampered, expired or foreign token: never throws. */
export async function decodeSessionToken(raw: string | undefined): Promise<SessionClaims | null> {
  if (!raw) return null;
  try {
    const payload = await decode({ token: raw, secret: requireEnv("NEXTAUTH_SECRET") });
    const parsed = sessionClaimsSchema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

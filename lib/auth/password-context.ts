// The words a new password of an account must not be built on: its username,
// display name and the community's name and slug (zxcvbn "user inputs").
import "server-only";
import { db } from "@/lib/db/client";
import type { PasswordContext } from "./password-policy";

export async function passwordContext(
  communityId: string,
  username: string,
  displayName = "",
): Promise<PasswordContext> {
  const community = await db.community.findUnique({ where: { id: communityId }, select: { slug: true, name: true } });
  return { username, related: [displayName, community?.slug ?? "", community?.name ?? ""] };
}

// The dashboard actor of a staff account the seed made ("admin", "staff",
// "secretary", the subdistrict's "yuanling"…), as getActor() would build it
// from that account's session.
import type { Actor } from "@/lib/auth/permissions";
import type { TestDatabase } from "./test-database";

export async function seededActor(prisma: TestDatabase["prisma"], username: string): Promise<Actor> {
  const user = await prisma.staffUser.findUniqueOrThrow({ where: { username } });
  return {
    id: user.id,
    role: user.role,
    communityId: user.communityId,
    organizationId: user.organizationId,
    subdistrictId: user.subdistrictId,
  };
}

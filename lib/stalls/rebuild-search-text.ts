// Recomputes Stall.searchText (lib/stalls/search-text.ts) from what is stored,
// inside the caller's transaction: after a stall is written, and after an
// organisation that hosts stalls is renamed. Reading back from the database
// keeps one source of truth for what the public directory search sees.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { buildStallSearchText } from "./search-text";

type Tx = Pick<Prisma.TransactionClient, "stall">;

export async function rebuildStallSearchText(tx: Tx, where: Prisma.StallWhereInput): Promise<number> {
  const stalls = await tx.stall.findMany({
    where,
    select: {
      id: true,
      name: true,
      nameEn: true,
      services: true,
      servicesEn: true,
      description: true,
      descriptionEn: true,
      hostNote: true,
      hostNoteEn: true,
      searchText: true,
      hosts: { select: { organization: { select: { name: true, nameEn: true } } } },
    },
  });
  let changed = 0;
  for (const stall of stalls) {
    const searchText = buildStallSearchText({ ...stall, hosts: stall.hosts.map((h) => h.organization) });
    if (searchText === stall.searchText) continue;
    await tx.stall.update({ where: { id: stall.id }, data: { searchText } });
    changed += 1;
  }
  return changed;
}

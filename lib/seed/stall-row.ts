// A seeded stall as its row, for Yuandong's market days and Baihua's alike:
// the hosts' names go into the stall's search text.
import type { Prisma } from "../db/generated/client";
import { buildStallSearchText } from "../stalls/search-text";
import type { OrganizationSeed } from "./data/community-and-organizations";
import type { StallSeed } from "./data/stalls-2023";

export function stallRow(
  stall: Omit<StallSeed, "hosts">,
  hosts: readonly OrganizationSeed[],
  place: { communityId: string; marketDayId: string; number: number },
): Prisma.StallCreateManyInput {
  return {
    ...place,
    key: stall.key,
    name: stall.name,
    nameEn: stall.nameEn,
    category: stall.category,
    audiences: [...stall.audiences],
    services: [...stall.services],
    servicesEn: [...stall.servicesEn],
    description: stall.description,
    descriptionEn: stall.descriptionEn,
    hostNote: stall.hostNote ?? null,
    hostNoteEn: stall.hostNoteEn ?? null,
    searchText: buildStallSearchText({ ...stall, hosts }),
  };
}

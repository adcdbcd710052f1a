// Dashboard reads of search synonyms: the actor's community only, never cached.
// The *Community lookup answers whose synonym a form names, so that another
// community's staff are refused before their input is parsed.
import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/uuid";

export interface SynonymRow {
  id: string;
  term: string;
  expandsTo: string[];
}

export async function listSynonymsForAdmin(communityId: string): Promise<SynonymRow[]> {
  return db.searchSynonym.findMany({
    where: { communityId },
    orderBy: { term: "asc" },
    select: { id: true, term: true, expandsTo: true },
  });
}

/** Whose synonym the form names, for the action's check before parsing; null when malformed or unknown. */
export async function synonymCommunity(id: string): Promise<{ communityId: string } | null> {
  return isUuid(id) ? db.searchSynonym.findUnique({ where: { id }, select: { communityId: true } }) : null;
}

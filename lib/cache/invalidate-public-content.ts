import "server-only";
import { revalidateTag } from "next/cache";
import { cacheTags } from "./tags";

export interface PublicContentChange {
  marketDayIds?: readonly string[];
  stallIds?: readonly string[];
  organizationIds?: readonly string[];
  /** Wishes were created or changed state: the public figures move. */
  wishes?: boolean;
  /** Staff moderated the public wall or erased a wish's text: expire at once. */
  wall?: boolean;
  /** A council meeting, agenda item or decision changed (the public /council page). */
  council?: boolean;
  /** The community's own public settings (the office phone and hours). */
  community?: boolean;
  /** A search synonym was added or removed: directory searches may find other stalls. */
  searchSynonyms?: boolean;
}

/**
 * Called by every service that changes public content (the dashboard's market
 * day, stall and organisation services; wish transitions). Content edits expire
 * at once (`expire: 0`): staff who publish a correction expect to see it on the
 * next load. Wish figures may be served stale while they refresh.
 */
export function invalidatePublicContent(change: PublicContentChange): string[] {
  const now = new Set<string>();
  if (change.marketDayIds?.length) {
    now.add(cacheTags.marketDays);
    // Stall pages list the market days they appeared at.
    now.add(cacheTags.stalls);
    for (const id of change.marketDayIds) now.add(cacheTags.marketDay(id));
  }
  if (change.stallIds?.length) {
    now.add(cacheTags.stalls);
    for (const id of change.stallIds) now.add(cacheTags.stall(id));
  }
  if (change.organizationIds?.length) {
    now.add(cacheTags.organizations);
    // Host names appear on stall pages and in the directory.
    now.add(cacheTags.stalls);
    for (const id of change.organizationIds) now.add(cacheTags.organization(id));
  }
  // A recorded decision is the answer residents wait for: expire at once too.
  if (change.council) now.add(cacheTags.council);
  if (change.community) now.add(cacheTags.community);
  if (change.searchSynonyms) now.add(cacheTags.searchSynonyms);
  // A hidden or erased text must leave the wall on the next load, not after a refresh.
  if (change.wall) now.add(cacheTags.wishFigures);
  for (const tag of now) revalidateTag(tag, { expire: 0 });
  if (change.wishes && !change.wall) revalidateTag(cacheTags.wishFigures, "max");
  return [...new Set([...now, ...(change.wishes ? [cacheTags.wishFigures] : [])])];
}

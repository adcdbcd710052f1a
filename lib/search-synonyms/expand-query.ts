// What a stall search looks for. Residents search with the words they use
// (剪头发, 老人补贴) and stalls are written up with the words their hosts use
// (理发、义剪, 高龄津贴). The community's synonym list bridges the two: for every
// listed term found in the query, the search also looks for that term alone and
// for each word it stands for. The directory then matches a stall whose search
// text contains any one of the alternatives (OR).
//
// One step only: the words a term stands for are not looked up again, so adding
// a synonym for one word never changes what another word finds, and staff can
// read from the list exactly what a search does.
import { normalizeSearchText } from "@/lib/stalls/search-text";

export interface SearchSynonymEntry {
  term: string;
  expandsTo: readonly string[];
}

/**
 * More alternatives than this add nothing a resident would notice and cost a
 * LIKE each; the query itself and the longest matching terms come first.
 */
export const MAX_SEARCH_ALTERNATIVES = 12;

/**
 * The query (normalised as Stall.searchText is) followed by what the synonyms
 * add, without repeats; [] for an empty query. Longer terms are taken first, so
 * 剪头发 wins over a shorter 头发 when the cap is reached.
 */
export function expandSearchQuery(query: string, synonyms: readonly SearchSynonymEntry[]): string[] {
  const q = normalizeSearchText(query);
  if (!q) return [];
  const alternatives = new Set([q]);
  const found = synonyms
    .map((s) => ({ term: normalizeSearchText(s.term), expandsTo: s.expandsTo }))
    .filter((s) => s.term !== "" && q.includes(s.term))
    .sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
  for (const synonym of found) {
    alternatives.add(synonym.term);
    for (const word of synonym.expandsTo) {
      const normalized = normalizeSearchText(word);
      if (normalized) alternatives.add(normalized);
    }
  }
  return [...alternatives].slice(0, MAX_SEARCH_ALTERNATIVES);
}

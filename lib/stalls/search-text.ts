// The text the stall directory searches: one lower-cased string per stall with its
// names, services, description and hosts in both languages. Kept in Stall.searchText
// behind a pg_trgm GIN index, so `searchText LIKE '%理发%'` needs no table scan.
// Whoever changes a stall, or renames an organisation that hosts one, calls
// buildStallSearchText again (the seed and the dashboard's stall service do).

export interface StallSearchSource {
  name: string;
  nameEn?: string | null;
  services: readonly string[];
  servicesEn: readonly string[];
  description?: string | null;
  descriptionEn?: string | null;
  hostNote?: string | null;
  hostNoteEn?: string | null;
  hosts: readonly { name: string; nameEn?: string | null }[];
}

export function normalizeSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function buildStallSearchText(stall: StallSearchSource): string {
  const parts = [
    stall.name,
    stall.nameEn,
    ...stall.services,
    ...stall.servicesEn,
    stall.description,
    stall.descriptionEn,
    stall.hostNote,
    stall.hostNoteEn,
    ...stall.hosts.flatMap((h) => [h.name, h.nameEn]),
  ];
  return normalizeSearchText(parts.filter((p): p is string => Boolean(p)).join(" | "));
}

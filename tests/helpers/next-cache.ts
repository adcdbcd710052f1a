// Stand-in for next/cache under Vitest, where there is no Next runtime. Query
// functions still run against the real database; this only records which cache
// tags were declared and invalidated so tests can assert on them.
export const declaredTags: string[] = [];
export const revalidatedTags: string[] = [];

export function cacheTag(...tags: string[]): void {
  declaredTags.push(...tags);
}

export function cacheLife(): void {
  // A lifetime means nothing without Next's cache; the tags above are what tests check.
}

export function revalidateTag(tag: string): void {
  revalidatedTags.push(tag);
}

export function updateTag(tag: string): void {
  revalidatedTags.push(tag);
}

export function revalidatePath(): void {
  // Paths are Next's router's business; the services under test invalidate by tag.
}

export function refresh(): void {
  // Refreshes the client router, which a Node test does not have.
}

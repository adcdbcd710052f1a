// Stand-in for next/cache under Vitest, where there is no Next runtime. Query
// functions still run against the real database; this only records which cache
// tags were declared and invalidated so tests can assert on them.
export const declaredTags: string[] = [];
export const revalidatedTags: string[] = [];

export function cacheTag(...tags: string[]): void {
  declaredTags.push(...tags);
}

export function cacheLife(_profile: unknown): void {}

export function revalidateTag(tag: string, _profile?: unknown): void {
  revalidatedTags.push(tag);
}

export function updateTag(tag: string): void {
  revalidatedTags.push(tag);
}

export function revalidatePath(_path: string): void {}

export function refresh(): void {}

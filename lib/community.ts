import { env } from "@/lib/env";

/** The community this deployment's public portal shows. */
export function publicCommunitySlug(): string {
  return env.HUIYIN_COMMUNITY_SLUG;
}

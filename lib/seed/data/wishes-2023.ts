// The 39 micro-wishes of the 2023 market day. They are made up to reproduce the
// reported figures exactly: 39 collected, 27 handled on site, 12 referred (3 of them
// later taken to the joint council). No wish carries personal data.
//
// Pure data: lib/seed/plan-wishes.ts checks every wish history against the
// life-cycle table in lib/wishes/lifecycle.ts before anything touches the database.
// The two halves live in their own files only to keep each file readable.
import type { WishSeed } from "./wish-seed";
import { WISHES_ON_SITE } from "./wishes-on-site";
import { WISHES_REFERRED } from "./wishes-referred";

export const WISHES_2023: readonly WishSeed[] = [...WISHES_ON_SITE, ...WISHES_REFERRED];

// Staff set or correct a wish's category (a resident may leave it to them).
// The state stays; the event records who did it, with an optional note.
import "server-only";
import type { WishCategory } from "@/lib/db/generated/enums";
import { plainTriage } from "./triage-transition";

export const categoriseWish = plainTriage<{ category: WishCategory; internalNote?: string }>("CATEGORISE");

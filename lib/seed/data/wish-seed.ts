// Shape of a seeded wish: its submission and every later step of its history,
// written with keys (staff, organisation, council item) that the seed resolves to
// ids. lib/seed/plan-wishes.ts replays each history through the life-cycle table.
import type { MobilityAid, WishCategory, WishChannel, WishKind } from "../../db/generated/enums";
import type { OrgKey } from "./community-and-organizations";
import type { CouncilItemKey, StaffKey } from "./staff-and-council";

/** One step of a wish's history after SUBMIT. `at` is Shenzhen local time. */
export type WishStepSeed =
  | { action: "HANDLE_ON_SITE"; at: string; by: StaffKey; reply: string }
  | {
      action: "REFER";
      at: string;
      by: StaffKey;
      to: { org: OrgKey } | { department: string };
      dueAt: string;
      note: string;
      internalNote?: string;
    }
  | { action: "RECORD_REFERRAL_OUTCOME"; at: string; by: StaffKey; outcome: string }
  | { action: "ESCALATE"; at: string; by: StaffKey; item: CouncilItemKey; note: string }
  | { action: "RECORD_COUNCIL_DECISION"; at: string; by: StaffKey; item: CouncilItemKey }
  | { action: "SETTLE"; at: string; by: StaffKey; reply: string }
  | { action: "RATE"; at: string; rating: number; comment?: string }
  | { action: "REOPEN"; at: string; note: string }
  | { action: "ADD_NOTE"; at: string; by: StaffKey; internalNote: string };

export interface WishSeed {
  /** Stable name: the idempotency key is "seed:<market-day slug>:<ref>". */
  ref: string;
  /** Stall number on the market day, or null for a wish sent through the web form. */
  stall: number | null;
  /** Sent from the web after the market day, so not counted as one of its wishes. */
  offMarketDay?: boolean;
  kind: WishKind;
  category: WishCategory;
  channel: WishChannel;
  isPublic: boolean;
  content: string;
  /** Shenzhen local time of submission, during the market afternoon. */
  at: string;
  /** Who typed an ON_SITE wish in at the stall; WEB wishes come from the resident. */
  recordedBy?: StaffKey;
  mobilityAids?: readonly MobilityAid[];
  neededAt?: string;
  steps: readonly WishStepSeed[];
}

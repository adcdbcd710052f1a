import type { StaffRole } from "@/lib/db/generated/enums";

// UNIT: a receiving unit's own account (issue 14), bound to one organisation.
export const STAFF_ROLES = ["ADMIN", "STAFF", "SECRETARY", "UNIT"] as const satisfies readonly StaffRole[];

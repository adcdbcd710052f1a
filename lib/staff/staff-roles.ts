import type { StaffRole } from "@/lib/db/generated/enums";

export const STAFF_ROLES = ["ADMIN", "STAFF", "SECRETARY"] as const satisfies readonly StaffRole[];

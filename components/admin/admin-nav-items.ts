// The dashboard's sections and the permission each needs. A link is shown only
// to roles that may use the page (the page itself checks again).
import { can, type Action } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/db/generated/enums";

export const ADMIN_NAV = [
  { href: "/admin", key: "home", needs: "wish.view" },
  // A receiving unit's account: its referrals instead of the community's inbox.
  { href: "/admin/referrals", key: "referrals", needs: "referral.work" },
  { href: "/admin/wishes", key: "wishes", needs: "wish.view" },
  { href: "/admin/wishes/new", key: "newWish", needs: "wish.create" },
  { href: "/admin/follow-up", key: "followUp", needs: "wish.followUp" },
  { href: "/admin/council", key: "council", needs: "council.manage" },
  { href: "/admin/content", key: "content", needs: "content.manage" },
  { href: "/admin/reports", key: "reports", needs: "report.view" },
  { href: "/admin/notifications", key: "notifications", needs: "notification.manage" },
  { href: "/admin/staff", key: "staff", needs: "staff.manage" },
  { href: "/admin/account", key: "account", needs: "account.manage" },
] as const satisfies readonly { href: string; key: string; needs: Action | null }[];

export type AdminNavItem = (typeof ADMIN_NAV)[number];

export function navItemsFor(role: StaffRole): AdminNavItem[] {
  return ADMIN_NAV.filter((item) => item.needs === null || can(role, item.needs));
}

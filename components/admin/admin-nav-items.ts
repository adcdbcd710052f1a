// The dashboard's sections and the permission each needs. A link is shown only
// to roles that may use the page (the page itself checks again).
import { can, type Action } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/db/generated/enums";

export const ADMIN_NAV = [
  // The subdistrict's account: its communities side by side, first.
  { href: "/admin/subdistrict", key: "subdistrict", needs: "subdistrict.view" },
  // The subdistrict reads each community's inbox through its own pages, not this one.
  { href: "/admin", key: "home", needs: "wish.view", except: "subdistrict.view" },
  // A receiving unit's account: its referrals instead of the community's inbox.
  { href: "/admin/referrals", key: "referrals", needs: "referral.work" },
  { href: "/admin/wishes", key: "wishes", needs: "wish.view", except: "subdistrict.view" },
  { href: "/admin/wishes/new", key: "newWish", needs: "wish.create" },
  { href: "/admin/follow-up", key: "followUp", needs: "wish.followUp" },
  { href: "/admin/council", key: "council", needs: "council.manage" },
  { href: "/admin/content", key: "content", needs: "content.manage" },
  { href: "/admin/reports", key: "reports", needs: "report.view" },
  { href: "/admin/notifications", key: "notifications", needs: "notification.manage" },
  { href: "/admin/staff", key: "staff", needs: "staff.manage" },
  { href: "/admin/account", key: "account", needs: "account.manage" },
] as const satisfies readonly { href: string; key: string; needs: Action | null; except?: Action }[];

export type AdminNavItem = (typeof ADMIN_NAV)[number];

export function navItemsFor(role: StaffRole): AdminNavItem[] {
  return ADMIN_NAV.filter(
    (item) =>
      (item.needs === null || can(role, item.needs)) && !("except" in item && item.except && can(role, item.except)),
  );
}

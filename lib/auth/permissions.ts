// Authorisation as data: which role may do what. Every Server Action and route
// handler of the dashboard calls assertCan() with its action and, for a record,
// the record's community. proxy.ts only redirects; it never decides.
import type { StaffRole } from "@/lib/db/generated/enums";
import { ActionError } from "@/lib/forms/action-error";

export const ACTIONS = [
  "wish.view",
  "wish.create", // on-site entry at a stall
  "wish.triage", // handle on site, refer, escalate, settle, reopen, mark duplicate, note
  "wish.revealContact", // show a full phone or name (logged)
  // Find a resident's wishes by their full phone number (logged, limited per
  // hour): lists show the first three and last four digits, so without a limit
  // 10,000 searches would recover any number. Only for roles that handle residents.
  "wish.findByPhone",
  "wish.editContact", // correct or erase a resident's contact details on request (PIPL, logged)
  "wish.followUp", // the follow-up call queue (回访): record a rating or "could not reach"
  "wall.moderate", // approve, hide or redact wishes for the public wall
  "council.manage", // meetings, agenda items, decisions
  "content.manage", // market days, stalls, organisations
  "staff.manage", // create, deactivate, reset, sign out everywhere
  "report.view",
  "report.export",
  "report.exportPersonal", // personal data in CSV exports
  "account.manage", // one's own password and second factor
  "notification.manage", // the message outbox: see what was sent, retry what failed
  // A receiving unit (承办单位) works the referrals sent to its own organisation:
  // accept, answer, ask for more time, send back. Staff steer referrals with
  // wish.triage (approve an extension, re-route) and wish.revealContact (grant
  // the unit the resident's contact details).
  "referral.work",
  // The subdistrict office (街道, issue 14 §4): the communities of its subdistrict
  // side by side, and each one's inbox read-only (lib/subdistrict/view-community.ts).
  "subdistrict.view",
  // Refer a wish of any of its communities to a subdistrict-level unit.
  "subdistrict.refer",
] as const;
export type Action = (typeof ACTIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Action[]>> = {
  // Everything but the unit's own work: staff answer a wish themselves (SETTLE)
  // rather than on a unit's behalf, so the unit's figures stay the unit's.
  // A community admin does not see across communities: that is the subdistrict's view.
  ADMIN: ACTIONS.filter((action) => action !== "referral.work" && !action.startsWith("subdistrict.")),
  STAFF: [
    "wish.view",
    "wish.create",
    "wish.triage",
    "wish.revealContact",
    "wish.findByPhone",
    "wish.editContact",
    "wish.followUp",
    "wall.moderate",
    "report.view",
    "report.export",
    "account.manage",
    "notification.manage",
  ],
  // The council secretary prepares meetings from escalated wishes and records
  // decisions; triage and contact details are not theirs.
  SECRETARY: ["wish.view", "council.manage", "report.view", "account.manage"],
  // A unit's account sees the referrals sent to its organisation and nothing
  // else: no inbox, no reports, no other unit's work (assertUnitHolds).
  UNIT: ["referral.work", "account.manage"],
  // Reads its home community's pages like a secretary without the council; other
  // communities of its subdistrict only through the subdistrict pages, which
  // check that the community is one of them. It triages nothing itself.
  SUBDISTRICT: ["wish.view", "subdistrict.view", "subdistrict.refer", "account.manage"],
};

export interface Actor {
  id: string;
  role: StaffRole;
  communityId: string;
  /** UNIT accounts: the organisation whose referrals they may work. */
  organizationId?: string | null;
  /** SUBDISTRICT accounts: the subdistrict whose communities they see. */
  subdistrictId?: string | null;
  /**
   * An admin without a second factor while HUIYIN_REQUIRE_MFA=1: signed in, but
   * allowed nothing except their own account page until they enrol.
   */
  mfaEnrolmentRequired?: boolean;
}

/** What an admin who must enrol a second factor may still do. */
const ENROLMENT_ACTION: Action = "account.manage";

/** An ActionError, so every form shows "signed out" or "not allowed" the same way. */
export class AuthorizationError extends ActionError {
  constructor(
    readonly status: 401 | 403,
    code: string = status === 401 ? "forms.errors.signedOut" : "forms.errors.forbidden",
  ) {
    super(code);
    this.name = "AuthorizationError";
  }
}

export function can(role: StaffRole, action: Action): boolean {
  return ROLE_PERMISSIONS[role].includes(action);
}

/**
 * Throws 401 without an actor, 403 when the role may not take the action or the
 * record belongs to another community. Messages reveal nothing about the record.
 */
export function assertCan(
  actor: Actor | null,
  action: Action,
  record?: { communityId: string },
): asserts actor is Actor {
  if (!actor) throw new AuthorizationError(401);
  if (!can(actor.role, action)) throw new AuthorizationError(403);
  if (actor.mfaEnrolmentRequired && action !== ENROLMENT_ACTION)
    throw new AuthorizationError(403, "forms.errors.mfaEnrolmentRequired");
  if (record && record.communityId !== actor.communityId) throw new AuthorizationError(403);
}

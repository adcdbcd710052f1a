// Every action name the audit log may hold. A union rather than a database enum:
// adding one needs no migration, and a typo still fails the type check.
export const AUDIT_ACTIONS = [
  "auth.signIn",
  "auth.signInFailed",
  "auth.lockout",
  "auth.signOut",
  "auth.signOutEverywhere",
  "auth.secondFactorFailed",
  "auth.recoveryCodeUsed",
  "auth.passwordChange",
  "auth.reauthenticate",
  "auth.reauthenticateFailed",
  "auth.mfaEnable",
  "auth.mfaDisable",
  "staff.create",
  "staff.deactivate",
  "staff.reactivate",
  "staff.resetPassword",
  "wish.revealContact",
  "wish.phoneLookup",
  "wish.correctContact",
  "wish.eraseContact",
  "wall.approve",
  "wall.hide",
  "wall.redact",
  "report.export",
  "content.publish",
  "privacy.purge",
  "content.cancel",
  "notification.retry",
  "referral.grantContact",
  // An admin set or removed a working-day deadline target (lib/deadlines).
  "deadline.set",
  "deadline.remove",
  // An admin entered or removed a day of the holiday schedule (lib/deadlines).
  "calendar.set",
  "calendar.remove",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

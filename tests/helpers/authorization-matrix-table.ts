// Rows of the authorisation matrix (tests/integration/authorization-matrix.test.ts):
// for every dashboard Server Action and route handler, the permission it needs
// and a VALID input aimed at a record of the seeded community. Who gets 401,
// 403 or in is derived from ROLE_PERMISSIONS, not written here.
//
// crossCommunity: "denied" when the input names a record of the seeded
// community, so another community's admin must get 403 from the record-level
// check; "ownCommunity" when the call only creates inside the caller's own
// community (another community's admin may do that there).
import { randomUUID } from "node:crypto";
import type { Action } from "@/lib/auth/permissions";

export interface Fixtures {
  organizationId: string;
  marketDayId: string;
  stallId: string;
  meetingId: string;
  councilItemId: string;
  staffUserId: string;
  /** An undecided item of a PLANNED meeting, where wishes can be escalated. */
  openCouncilItemId: string;
  /** A fresh SUBMITTED wish (version 0) and another wish's tracking code. */
  wishId: string;
  otherWishCode: string;
  /** A search synonym of the seeded community, which the allowed call removes. */
  synonymId: string;
  /** A deadline target of the seeded community (issue 14 §2), which the allowed call removes. */
  deadlineTargetId: string;
  /** A DEAD notification of the fresh wish, which the first allowed call retries. */
  notificationId: string;
  /** An open referral (issue 14) of a REFERRED wish to organizationId. */
  referralId: string;
  /** A fresh SUBMITTED wish, and a subdistrict-level unit with a contact (issue 14 §4). */
  acrossWishId: string;
  subdistrictOrgId: string;
}

type Fields = Record<string, string | string[]>;

/**
 * An input for which the action's service asks for a further permission (the
 * inbox search looking up a phone needs "wish.findByPhone" on top of "wish.view").
 */
export interface MatrixVariant {
  name: string;
  permission: Action;
  form: (f: Fixtures) => Fields;
}

export type MatrixRow =
  | {
      kind: "action";
      permission: Action;
      crossCommunity: "denied" | "ownCommunity";
      form: (f: Fixtures) => Fields;
      variants?: MatrixVariant[];
    }
  | { kind: "route"; permission: Action; crossCommunity: "denied" | "ownCommunity"; path: (f: Fixtures) => string }
  /** Sign-in and sign-out: not behind a permission; see tests/integration/sign-in-staff.test.ts. */
  | { kind: "auth"; reason: string };

const ADMIN = "app/[locale]/[display]/admin";
const unique = () => randomUUID().slice(0, 8);

const marketDayForm = (f: Fixtures): Fields => ({
  slug: `matrix-${unique()}`,
  title: "矩阵市集",
  theme: "测试主题",
  date: "2027-04-03",
  startTime: "14:30",
  endTime: "17:00",
  place: "测试地点",
  [`role.${f.organizationId}`]: "ORGANIZER",
});

const stallForm = (f: Fixtures): Fields => ({
  marketDayId: f.marketDayId,
  key: `matrix-${unique()}`,
  number: String(100 + Math.floor(Math.random() * 800)),
  name: "矩阵摊位",
  category: "SAFETY",
  audiences: ["ELDERLY"],
  services: "测试服务",
  hosts: [f.organizationId],
});

const organizationForm = (): Fields => ({ name: `矩阵单位${unique()}`, type: "COMPANY" });

const meetingForm = (): Fields => ({
  title: "矩阵议事会",
  scheduledAt: "2027-05-01T15:00",
  place: "会议室",
  status: "PLANNED",
});

/**
 * The wish page's forms share one triage action (the hidden "wishAction" field says
 * which; lib/wishes/triage-forms.ts). Its row adds a note, which every state
 * allows; a later allowed call may meet "changed by someone else", still "allowed".
 */
function wishRows(): Record<string, MatrixRow> {
  const file = `${ADMIN}/wishes/actions.ts`;
  return {
    [`${file}#triageWishAction`]: {
      kind: "action",
      permission: "wish.triage",
      crossCommunity: "denied",
      form: (f) => ({ wishAction: "ADD_NOTE", wishId: f.wishId, expectedVersion: "0", internalNote: "内部备注。" }),
    },
    [`${file}#searchInboxAction`]: {
      kind: "action",
      permission: "wish.view",
      crossCommunity: "ownCommunity",
      form: () => ({ q: "路灯", locale: "zh-CN" }),
      variants: [
        { name: "phone", permission: "wish.findByPhone", form: () => ({ q: "13812345678", locale: "zh-CN" }) },
      ],
    },
    [`${file}#revealContactAction`]: {
      kind: "action",
      permission: "wish.revealContact",
      crossCommunity: "denied",
      form: (f) => ({ wishId: f.wishId }),
    },
    [`${file}#correctContactAction`]: {
      kind: "action",
      permission: "wish.editContact",
      crossCommunity: "denied",
      form: (f) => ({ wishId: f.wishId, expectedVersion: "0", name: "王阿姨", reference: "居民当面申请更正" }),
    },
    [`${file}#eraseContactAction`]: {
      kind: "action",
      permission: "wish.editContact",
      crossCommunity: "denied",
      form: (f) => ({
        wishId: f.wishId,
        expectedVersion: "0",
        scope: "contact",
        confirm: "on",
        reference: "居民当面申请删除",
      }),
    },
    [`${file}#moderateWallAction`]: {
      kind: "action",
      permission: "wall.moderate",
      crossCommunity: "denied",
      form: (f) => ({ wishId: f.wishId, decision: "approve" }),
    },
    [`${file}#enterWishOnSiteAction`]: {
      kind: "action",
      permission: "wish.create",
      crossCommunity: "denied", // at this community's market day
      form: (f) => ({
        kind: "WISH",
        category: "OTHER",
        content: "矩阵测试心愿",
        marketDayId: f.marketDayId,
        idempotencyKey: randomUUID(),
      }),
    },
  };
}

function accountRows(): Record<string, MatrixRow> {
  const file = `${ADMIN}/account/actions.ts`;
  const row = (form: () => Fields): MatrixRow => ({
    kind: "action",
    permission: "account.manage",
    crossCommunity: "ownCommunity",
    form,
  });
  return {
    [`${file}#changeOwnPasswordAction`]: row(() => ({
      currentPassword: "not-the-current-password",
      newPassword: "matrix-password-789",
      confirmPassword: "matrix-password-789",
    })),
    [`${file}#reauthenticateAction`]: row(() => ({ currentPassword: "not-the-current-password" })),
    [`${file}#confirmTotpEnrolmentAction`]: row(() => ({ code: "123456" })),
    [`${file}#disableTotpAction`]: row(() => ({ currentPassword: "not-the-current-password", code: "123456" })),
    [`${file}#signOutOtherSessionsAction`]: row(() => ({})),
    [`${file}#updateAlertSettingsAction`]: row(() => ({ alertEmail: "alerts@huiyin.example.org", dailyDigest: "on" })),
    // Allowed calls store a fresh, unconfirmed secret: nothing is switched on.
    [`${file}#startTotpEnrolmentAction`]: row(() => ({})),
  };
}

export const MATRIX: Record<string, MatrixRow> = {
  // Content (market days, stalls, partner units, search synonyms): admin only.
  [`${ADMIN}/content/market-days/actions.ts#createMarketDayAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "denied", // names this community's organisation as organiser
    form: marketDayForm,
  },
  [`${ADMIN}/content/market-days/actions.ts#updateMarketDayAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "denied",
    form: (f) => ({ ...marketDayForm(f), id: f.marketDayId }),
  },
  [`${ADMIN}/content/market-days/actions.ts#publishMarketDayAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "denied",
    form: (f) => ({ id: f.marketDayId }),
  },
  [`${ADMIN}/content/market-days/actions.ts#cancelMarketDayAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "denied",
    form: (f) => ({ id: f.marketDayId }),
  },
  [`${ADMIN}/content/stalls/actions.ts#createStallAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "denied", // on this community's market day
    form: stallForm,
  },
  [`${ADMIN}/content/stalls/actions.ts#updateStallAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "denied",
    form: (f) => ({ ...stallForm(f), id: f.stallId }),
  },
  [`${ADMIN}/content/organizations/actions.ts#createOrganizationAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "ownCommunity",
    form: organizationForm,
  },
  [`${ADMIN}/content/organizations/actions.ts#updateOrganizationAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "denied",
    form: (f) => ({ ...organizationForm(), id: f.organizationId }),
  },
  [`${ADMIN}/content/synonyms/actions.ts#addSynonymAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "ownCommunity",
    form: () => ({ term: `矩阵说法${unique()}`, expandsTo: "测试、矩阵" }),
  },
  [`${ADMIN}/content/synonyms/actions.ts#removeSynonymAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "denied",
    form: (f) => ({ id: f.synonymId }),
  },
  [`${ADMIN}/content/deadlines/actions.ts#setDeadlineTargetAction`]: {
    kind: "action",
    permission: "content.manage",
    // Always the caller's own community: the row is keyed by it.
    crossCommunity: "ownCommunity",
    form: () => ({ kind: "WISH", category: "*", firstReplyDays: "2", unitAnswerDays: "5", settlementDays: "15" }),
  },
  [`${ADMIN}/subdistrict/actions.ts#referAcrossAction`]: {
    kind: "action",
    permission: "subdistrict.refer",
    // A wish of the seeded community: another subdistrict's account gets 403.
    crossCommunity: "denied",
    form: (f) => ({
      id: f.acrossWishId,
      expectedVersion: "0",
      referralOrgId: f.subdistrictOrgId,
      referralDueAt: "2099-12-31",
      publicNote: "街道转交物业处理。",
    }),
  },
  [`${ADMIN}/content/calendar/actions.ts#setWorkingDayAction`]: {
    kind: "action",
    permission: "content.manage",
    // The holiday schedule is national: no community record to name.
    crossCommunity: "ownCommunity",
    form: () => ({ day: "2099-10-01", working: "holiday", name: "矩阵测试" }),
  },
  [`${ADMIN}/content/calendar/actions.ts#removeWorkingDayAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "ownCommunity",
    form: () => ({ day: "2099-10-02" }),
  },
  [`${ADMIN}/content/deadlines/actions.ts#removeDeadlineTargetAction`]: {
    kind: "action",
    permission: "content.manage",
    crossCommunity: "denied",
    form: (f) => ({ id: f.deadlineTargetId }),
  },

  [`${ADMIN}/content/office/actions.ts#updateOfficeContactAction`]: {
    kind: "action",
    permission: "content.manage",
    // Always the caller's own community: there is no record to name.
    crossCommunity: "ownCommunity",
    form: () => ({ officePhone: "0755-8300 0000", officeHours: "周一至周五 9:00–18:00", officeHoursEn: "" }),
  },

  // Joint council: secretary and admin.
  [`${ADMIN}/council/actions.ts#createMeetingAction`]: {
    kind: "action",
    permission: "council.manage",
    crossCommunity: "ownCommunity",
    form: meetingForm,
  },
  [`${ADMIN}/council/actions.ts#updateMeetingAction`]: {
    kind: "action",
    permission: "council.manage",
    crossCommunity: "denied",
    form: (f) => ({ ...meetingForm(), meetingId: f.meetingId }),
  },
  [`${ADMIN}/council/actions.ts#addCouncilItemAction`]: {
    kind: "action",
    permission: "council.manage",
    crossCommunity: "denied",
    form: (f) => ({ meetingId: f.meetingId, topic: "矩阵议题" }),
  },
  [`${ADMIN}/council/actions.ts#recordCouncilDecisionAction`]: {
    kind: "action",
    permission: "council.manage",
    crossCommunity: "denied",
    form: (f) => ({ itemId: f.councilItemId, decision: "矩阵决定" }),
  },

  // Staff accounts: admin only.
  [`${ADMIN}/staff/actions.ts#createStaffAction`]: {
    kind: "action",
    permission: "staff.manage",
    crossCommunity: "ownCommunity",
    form: () => ({
      username: `matrix-${unique()}`,
      displayName: "测试",
      role: "STAFF",
      password: "matrix-password-123",
    }),
  },
  [`${ADMIN}/staff/actions.ts#deactivateStaffAction`]: {
    kind: "action",
    permission: "staff.manage",
    crossCommunity: "denied",
    form: (f) => ({ userId: f.staffUserId }),
  },
  [`${ADMIN}/staff/actions.ts#reactivateStaffAction`]: {
    kind: "action",
    permission: "staff.manage",
    crossCommunity: "denied",
    form: (f) => ({ userId: f.staffUserId }),
  },
  [`${ADMIN}/staff/actions.ts#signOutStaffEverywhereAction`]: {
    kind: "action",
    permission: "staff.manage",
    crossCommunity: "denied",
    form: (f) => ({ userId: f.staffUserId }),
  },
  [`${ADMIN}/staff/actions.ts#resetStaffPasswordAction`]: {
    kind: "action",
    permission: "staff.manage",
    crossCommunity: "denied",
    form: (f) => ({ userId: f.staffUserId, password: "matrix-password-456" }),
  },

  // The message outbox: a later allowed call finds the row already retried and
  // is told so (not retryable), past every authorisation check.
  [`${ADMIN}/notifications/actions.ts#retryNotificationAction`]: {
    kind: "action",
    permission: "notification.manage",
    crossCommunity: "denied",
    form: (f) => ({ id: f.notificationId }),
  },

  // A receiving unit's own steps (issue 14): only a UNIT account of the
  // referral's organisation; staff never act in a unit's name.
  [`${ADMIN}/referrals/actions.ts#unitAccountStepAction`]: {
    kind: "action",
    permission: "referral.work",
    crossCommunity: "denied",
    form: (f) => ({ referralId: f.referralId, step: "ACCEPT_REFERRAL", expectedVersion: "0" }),
  },

  // One's own account: every role, on their own account only (there is no
  // record to name). Wrong passwords on purpose: the call gets past the
  // authorisation checks to the password check, and changes nothing.
  ...accountRows(),

  // Wishes: triage and on-site entry (staff and admin), contact reveal (logged).
  ...wishRows(),
  // Follow-up calls (回访). The matrix wish is not settled, so an allowed call
  // meets "no longer needs a call", still past every permission check.
  [`${ADMIN}/follow-up/actions.ts#recordFollowUpAction`]: {
    kind: "action",
    permission: "wish.followUp",
    crossCommunity: "denied",
    form: (f) => ({ wishId: f.wishId, expectedVersion: "0", outcome: "unreached" }),
  },

  // Reports.
  ["app/api/admin/reports/wishes.csv/route.ts#GET"]: {
    kind: "route",
    permission: "report.export",
    crossCommunity: "ownCommunity", // exports the caller's own community
    path: () => "/api/admin/reports/wishes.csv",
  },

  // Sign-in and sign-out.
  [`${ADMIN}/sign-in/actions.ts#signInAction`]: { kind: "auth", reason: "public by nature (the sign-in form)" },
  [`${ADMIN}/sign-in/actions.ts#secondFactorAction`]: {
    kind: "auth",
    reason: "the sign-in's second step: acts only on the sign-in waiting in the caller's own cookie",
  },
  [`${ADMIN}/sign-in/actions.ts#signOutAction`]: { kind: "auth", reason: "ends the caller's own session only" },
  [`${ADMIN}/sign-in/actions.ts#signOutEverywhereAction`]: {
    kind: "auth",
    reason: "ends the caller's own sessions only",
  },
};

/** Every dashboard page and the permission its requireStaffPage() call must name. */
export const PAGE_PERMISSIONS: Record<string, Action | "public"> = {
  [`${ADMIN}/page.tsx`]: "wish.view",
  [`${ADMIN}/subdistrict/page.tsx`]: "subdistrict.view",
  [`${ADMIN}/subdistrict/[community]/page.tsx`]: "subdistrict.view",
  [`${ADMIN}/subdistrict/[community]/wishes/[id]/[[...attempt]]/page.tsx`]: "subdistrict.view",
  [`${ADMIN}/referrals/page.tsx`]: "referral.work",
  [`${ADMIN}/referrals/[id]/page.tsx`]: "referral.work",
  [`${ADMIN}/sign-in/page.tsx`]: "public",
  [`${ADMIN}/sign-in/[attempt]/page.tsx`]: "public",
  [`${ADMIN}/content/page.tsx`]: "content.manage",
  [`${ADMIN}/content/market-days/page.tsx`]: "content.manage",
  [`${ADMIN}/content/market-days/new/[[...attempt]]/page.tsx`]: "content.manage",
  [`${ADMIN}/content/market-days/[id]/[[...attempt]]/page.tsx`]: "content.manage",
  [`${ADMIN}/content/stalls/page.tsx`]: "content.manage",
  [`${ADMIN}/content/stalls/new/[[...attempt]]/page.tsx`]: "content.manage",
  [`${ADMIN}/content/stalls/[id]/[[...attempt]]/page.tsx`]: "content.manage",
  [`${ADMIN}/content/organizations/page.tsx`]: "content.manage",
  [`${ADMIN}/content/organizations/new/[[...attempt]]/page.tsx`]: "content.manage",
  [`${ADMIN}/content/organizations/[id]/[[...attempt]]/page.tsx`]: "content.manage",
  [`${ADMIN}/content/office/[[...attempt]]/page.tsx`]: "content.manage",
  [`${ADMIN}/content/synonyms/[[...attempt]]/page.tsx`]: "content.manage",
  [`${ADMIN}/content/deadlines/[[...attempt]]/page.tsx`]: "content.manage",
  [`${ADMIN}/content/calendar/[[...attempt]]/page.tsx`]: "content.manage",
  [`${ADMIN}/council/page.tsx`]: "council.manage",
  [`${ADMIN}/council/[id]/page.tsx`]: "council.manage",
  [`${ADMIN}/staff/page.tsx`]: "staff.manage",
  [`${ADMIN}/account/page.tsx`]: "account.manage",
  [`${ADMIN}/wishes/page.tsx`]: "wish.view",
  [`${ADMIN}/wishes/[id]/page.tsx`]: "wish.view",
  [`${ADMIN}/wishes/[id]/[attempt]/page.tsx`]: "wish.view",
  [`${ADMIN}/wishes/new/page.tsx`]: "wish.create",
  [`${ADMIN}/follow-up/page.tsx`]: "wish.followUp",
  [`${ADMIN}/follow-up/[attempt]/page.tsx`]: "wish.followUp",
  [`${ADMIN}/wishes/new/[attempt]/page.tsx`]: "wish.create",
  [`${ADMIN}/reports/page.tsx`]: "report.view",
  [`${ADMIN}/notifications/page.tsx`]: "notification.manage",
  [`${ADMIN}/reports/market-days/[slug]/summary/page.tsx`]: "report.view",
};

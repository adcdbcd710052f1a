// Messages are split by namespace (lib/i18n/messages/<locale>/<namespace>.json)
// so that features own their own files. Add a namespace here when you add a file.
export const namespaces = [
  "site",
  "forms",
  "home",
  "notFound",
  "error",
  "display",
  "stats",
  "marketDays",
  "stalls",
  "organizations",
  "poster",
  "wishForm",
  "privacy",
  "track",
  "myWishes",
  "reminders",
  "wall",
  "adminContent",
  "adminCouncil",
  "council",
  "adminReports",
  "adminAuth",
  "adminStaff",
  "adminWishes",
  "adminNotifications",
  "adminFollowUp",
  "referrals",
  "subdistrict",
] as const;

export type Namespace = (typeof namespaces)[number];

// A staff member's own notification settings (issue 13 §7): where alerts go and
// which ones. Read and written only by the member themselves (account.manage).
import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

const box = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const alertSettingsSchema = z
  .object({
    alertEmail: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z.union([z.literal(""), z.email({ message: "account.alerts.emailInvalid" }).max(100)]),
    ),
    alertNewWishes: box,
    alertDeadlines: box,
    dailyDigest: box,
  })
  .superRefine((value, ctx) => {
    if (!value.alertEmail && (value.alertNewWishes || value.alertDeadlines || value.dailyDigest))
      ctx.addIssue({ code: "custom", path: ["alertEmail"], message: "account.alerts.emailNeeded" });
  });

export type AlertSettings = z.infer<typeof alertSettingsSchema>;

export async function readAlertSettings(actor: Actor): Promise<AlertSettings> {
  assertCan(actor, "account.manage");
  const row = await db.staffUser.findUniqueOrThrow({
    where: { id: actor.id },
    select: { alertEmail: true, alertNewWishes: true, alertDeadlines: true, dailyDigest: true },
  });
  return { ...row, alertEmail: row.alertEmail ?? "" };
}

export async function updateAlertSettings(actor: Actor, settings: AlertSettings): Promise<void> {
  assertCan(actor, "account.manage");
  await db.staffUser.update({
    where: { id: actor.id },
    data: { ...settings, alertEmail: settings.alertEmail || null },
  });
}

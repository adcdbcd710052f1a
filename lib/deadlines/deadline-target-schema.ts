// The deadline-target form (内容管理 → 办理时限), shared by the form and its
// Server Action: which wishes the row covers (a kind, a category, both or all)
// and three whole numbers of working days. Message keys are under
// adminContent.errors (CONTENT_MESSAGES).
import { z } from "zod";
import { WishCategory, WishKind } from "@/lib/db/generated/enums";
import { ANY } from "./pick-targets";

/** Working days: at least one, and at most about three months. */
const TARGET_DAYS = { min: 1, max: 60 } as const;

const days = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : v),
  z
    .number({ message: "required" })
    .int({ message: "wholeDays" })
    .min(TARGET_DAYS.min, { message: "outOfRange" })
    .max(TARGET_DAYS.max, { message: "outOfRange" }),
);

export const deadlineTargetSchema = z
  .object(
    {
      kind: z.union([z.literal(ANY), z.enum(WishKind)], { message: "required" }),
      category: z.union([z.literal(ANY), z.enum(WishCategory)], { message: "required" }),
      firstReplyDays: days,
      unitAnswerDays: days,
      settlementDays: days,
    },
    { message: "invalid" },
  )
  .superRefine((v, ctx) => {
    // Settling comes after the first reply and after the unit's answer.
    if (v.settlementDays < v.firstReplyDays)
      ctx.addIssue({ code: "custom", path: ["settlementDays"], message: "settleBeforeReply" });
    else if (v.settlementDays < v.unitAnswerDays)
      ctx.addIssue({ code: "custom", path: ["settlementDays"], message: "settleBeforeUnit" });
  });

export type DeadlineTargetValues = z.output<typeof deadlineTargetSchema>;

/** The remove button posts the row's id and nothing else. */
export const deadlineTargetIdSchema = z.object({ id: z.uuid({ message: "invalid" }) }, { message: "invalid" });

// The forms of a resident's PIPL request (更正 / 删除) and of public-wall
// moderation on the staff wish page. Shared by the forms and their Server
// Actions; messages are keys under "adminWishes". Pure: no I/O.
//
// Every form carries a request reference ("居民 12 月 5 日到服务中心当面申请"):
// the audit row records it, so a reviewer can match each change to a request.
// It is staff's own words, kept short, and the form asks for no personal data in it.
import { z } from "zod";
import { isMainlandMobile, normalizePhone } from "@/lib/phone";
import { LIMITS } from "./wish-form-rules";

export const CONTACT_REQUEST_LIMITS = { reference: 200, wallText: LIMITS.contentMax } as const;

/** The contact fields a wish can hold; each is encrypted at rest. */
export const CONTACT_FIELDS = ["name", "phone", "building", "pickupAddress", "destination"] as const;

const trimmedOrAbsent = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
const optional = (max: number) =>
  z.preprocess(trimmedOrAbsent, z.string().max(max, { message: "errors.tooLong" }).optional());

const wishRef = {
  wishId: z.uuid({ message: "errors.notFound" }),
  expectedVersion: z.coerce.number().int().min(0),
};

const reference = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : ""),
  z
    .string()
    .min(1, { message: "errors.required" })
    .max(CONTACT_REQUEST_LIMITS.reference, { message: "errors.tooLong" }),
);

/** Fields left empty stay as they are; at least one must be filled. */
export const correctContactSchema = z
  .object({
    ...wishRef,
    name: optional(LIMITS.name),
    phone: z.preprocess(
      (v) => {
        const text = trimmedOrAbsent(v);
        return text === undefined ? undefined : normalizePhone(text);
      },
      z.string().refine(isMainlandMobile, { message: "errors.phone" }).optional(),
    ),
    building: optional(LIMITS.building),
    pickupAddress: optional(LIMITS.pickupAddress),
    destination: optional(LIMITS.destination),
    reference,
  })
  .superRefine((value, ctx) => {
    if (CONTACT_FIELDS.every((field) => value[field] === undefined))
      ctx.addIssue({ code: "custom", path: ["name"], message: "errors.contactNothing" });
  });
export type CorrectContactInput = z.output<typeof correctContactSchema>;

/**
 * "contact": name, phone, addresses, mobility aids, rating comment — the wish
 * text stays, since it is what the reports count. "all": the wish text too,
 * for a resident who wrote something personal into it or asks for everything.
 * The checkbox is the confirmation step: without it nothing is erased.
 */
export const eraseContactSchema = z.object({
  ...wishRef,
  scope: z.enum(["contact", "all"], { message: "errors.required" }),
  confirm: z.literal("on", { message: "errors.confirmErase" }),
  reference,
});
export type EraseContactInput = z.output<typeof eraseContactSchema>;

export const WALL_DECISIONS = ["approve", "hide", "redact"] as const;
export type WallDecision = (typeof WALL_DECISIONS)[number];

export const moderateWallSchema = z
  .object({
    wishId: z.uuid({ message: "errors.notFound" }),
    decision: z.enum(WALL_DECISIONS, { message: "errors.required" }),
    wallText: optional(CONTACT_REQUEST_LIMITS.wallText),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "redact" && !value.wallText)
      ctx.addIssue({ code: "custom", path: ["wallText"], message: "errors.required" });
  });
export type ModerateWallInput = z.output<typeof moderateWallSchema>;

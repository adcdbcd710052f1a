// The market-day reminder forms (issue 13 §4), shared by the page and its
// Server Actions: ask for a reminder by SMS or email, then confirm the SMS code.
// Messages are keys under "reminders.errors".
import { z } from "zod";
import { isMainlandMobile, normalizePhone } from "@/lib/phone";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const text = z.string().catch("");
const ticked = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const reminderRequestSchema = z
  .object({
    channel: z.enum(["sms", "email"], { message: "channel.required" }),
    phone: text.transform((v) => normalizePhone(v.trim())),
    email: text.transform((v) => v.trim()),
    consent: ticked,
  })
  .superRefine((value, ctx) => {
    if (value.channel === "sms") {
      if (!value.phone) ctx.addIssue({ code: "custom", path: ["phone"], message: "phone.required" });
      else if (!isMainlandMobile(value.phone))
        ctx.addIssue({ code: "custom", path: ["phone"], message: "phone.invalid" });
    } else if (!value.email) ctx.addIssue({ code: "custom", path: ["email"], message: "email.required" });
    else if (!EMAIL.test(value.email) || value.email.length > 100)
      ctx.addIssue({ code: "custom", path: ["email"], message: "email.invalid" });
    if (!value.consent) ctx.addIssue({ code: "custom", path: ["consent"], message: "consent.required" });
  });

export type ReminderRequest = z.infer<typeof reminderRequestSchema>;

export const reminderCodeSchema = z.object({
  token: text,
  // Full-width digits from a Chinese keyboard count; spaces are forgiven.
  code: z.preprocess(
    (v) => (typeof v === "string" ? v.normalize("NFKC").replace(/\s+/g, "") : ""),
    z.string().regex(/^\d{6}$/, { message: "code.format" }),
  ),
});

export type ReminderCode = z.infer<typeof reminderCodeSchema>;

"use server";
// Market-day reminder forms (issue 13 §4): ask (an SMS code or a confirmation
// email goes out), confirm the code, confirm by the email's link, stop. Each
// is the public wrapper around a service in lib/reminders/.
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { publicAction } from "@/lib/forms/public-action";
import { isEnglish } from "@/lib/i18n/localized";
import { confirmReminderByLink, confirmReminderCode, stopReminderByLink } from "@/lib/reminders/confirm-reminder";
import { reminderCodeSchema, reminderRequestSchema } from "@/lib/reminders/reminder-form-schema";
import { requestReminder, type ReminderRequestResult } from "@/lib/reminders/request-reminder";

export type ReminderStep = ReminderRequestResult | { step: "done" };

export const requestReminderAction = publicAction({
  name: "reminder request",
  schema: reminderRequestSchema,
  messages: "reminders.errors",
  run: (request, { identity, locale }) => requestReminder(request, identity, isEnglish(locale) ? "en" : "zh"),
  done: (result, { values }): FormState<ReminderStep> => ({ status: "ok", data: result, values }),
});

export const confirmReminderCodeAction = publicAction({
  name: "reminder code",
  schema: reminderCodeSchema,
  messages: "reminders.errors",
  run: (input) => confirmReminderCode(input),
  done: (): FormState<ReminderStep> => ({ status: "ok", message: "reminders.done", data: { step: "done" } }),
  // The code's form stays on screen after a wrong code: it needs its token back.
  onError: (state, { values }): FormState<ReminderStep> => ({
    ...state,
    data: { step: "code", token: values.token ?? "", maskedPhone: values.maskedPhone ?? "" },
  }),
});

const tokenOnly = z.object({ token: z.string().catch("") });

export const confirmReminderLinkAction = publicAction({
  name: "reminder confirmation",
  schema: tokenOnly,
  messages: "reminders.errors",
  run: ({ token }) => confirmReminderByLink(token),
  done: (): FormState => ({ status: "ok", message: "reminders.done" }),
});

export const stopReminderAction = publicAction({
  name: "reminder stop",
  schema: tokenOnly,
  messages: "reminders.errors",
  run: ({ token }) => stopReminderByLink(token),
  done: (): FormState => ({ status: "ok", message: "reminders.stopped" }),
});

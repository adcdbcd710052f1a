"use server";

// The outbox page's one action: send a DEAD or SKIPPED message again.
import { textOf } from "@/lib/forms/read-form";
import { staffAction } from "@/lib/forms/staff-action";
import { notificationCommunity } from "@/lib/notifications/outbox/notification-community";
import { retryNotification } from "@/lib/notifications/outbox/retry-notification";
import { retryNotificationSchema } from "@/lib/notifications/outbox/retry-schema";

export const retryNotificationAction = staffAction({
  name: "retry notification",
  permission: "notification.manage",
  record: (input) => notificationCommunity(textOf(input, "id")),
  schema: retryNotificationSchema,
  messages: "adminNotifications",
  run: (actor, data) => retryNotification(actor, data),
  refreshPage: true,
  done: () => ({ status: "ok", message: "adminNotifications.done.retried" }),
});

"use server";

// Market-day Server Actions: a content record's create and update
// (lib/content/record-actions.ts), and the two audited status steps.
import { contentRecord } from "@/lib/content/record-actions";
import { staffAction } from "@/lib/forms/staff-action";
import { marketDayCommunity } from "@/lib/market-days/admin-queries";
import { cancelMarketDay } from "@/lib/market-days/cancel-market-day";
import { createMarketDay } from "@/lib/market-days/create-market-day";
import { marketDayFormSchema } from "@/lib/market-days/market-day-form-schema";
import { publishMarketDay } from "@/lib/market-days/publish-market-day";
import { updateMarketDay } from "@/lib/market-days/update-market-day";

const days = contentRecord("/admin/content/market-days", marketDayFormSchema, marketDayCommunity);

export const createMarketDayAction = staffAction({ permission: "content.manage", ...days.create(createMarketDay) });

export const updateMarketDayAction = staffAction({ permission: "content.manage", ...days.update(updateMarketDay) });

export const publishMarketDayAction = staffAction({
  permission: "content.manage",
  ...days.step("publish", publishMarketDay, "adminContent.marketDays.published"),
});

export const cancelMarketDayAction = staffAction({
  permission: "content.manage",
  ...days.step("cancel", cancelMarketDay, "adminContent.marketDays.cancelled"),
});

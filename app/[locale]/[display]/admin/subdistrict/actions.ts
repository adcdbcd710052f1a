"use server";
// The subdistrict's one action (issue 14 §4): refer a wish of one of its
// communities to a subdistrict-level unit. The service checks the wish's
// community is in the account's subdistrict (lib/subdistrict/refer-across.ts).
import { staffAction } from "@/lib/forms/staff-action";
import { referAcross } from "@/lib/subdistrict/refer-across";
import { referAcrossSchema } from "@/lib/subdistrict/refer-across-schema";
import { TRIAGE_MESSAGES } from "@/lib/wishes/triage-schemas";

export const referAcrossAction = staffAction({
  name: "refer across /admin/subdistrict",
  permission: "subdistrict.refer",
  schema: referAcrossSchema,
  messages: TRIAGE_MESSAGES,
  run: referAcross,
  done: () => ({ status: "ok", message: "subdistrict.refer.done" }),
  refreshPage: true,
});

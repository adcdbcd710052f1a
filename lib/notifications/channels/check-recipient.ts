// Every provider refuses a number that is not a mainland mobile before any
// network call: a gateway would reject it anyway, and some (Tencent) would charge
// for trying. Permanent, since retrying the same number cannot help.

import { isMainlandMobile } from "@/lib/phone";
import { giveUp } from "./send-result";
import type { SendResult, SmsMessage } from "./types";

export function recipientProblem(message: SmsMessage): SendResult | null {
  return isMainlandMobile(message.to) ? null : giveUp("invalid-phone");
}

// Keyed hashes for reminder subscriptions: one subscription per address, found
// again by the T reply keyword without the address being stored in clear.
import "server-only";
import { opaqueKey } from "@/lib/privacy/personal-data";

export const reminderAddressHash = (channel: "SMS" | "EMAIL", address: string) =>
  opaqueKey(`reminder-${channel}`, channel === "EMAIL" ? address.toLowerCase() : address);

export const codeHash = (subscriptionId: string, code: string) =>
  opaqueKey("reminder-code", `${subscriptionId}:${code}`);

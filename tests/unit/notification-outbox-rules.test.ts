// The outbox's pure rules: which actions send, to which channels, and when a
// failed message is tried again.
import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/notifications/outbox/backoff";
import { notificationKindFor } from "@/lib/notifications/outbox/notification-kinds";
import { emailRecipientHash, plannedNotifications } from "@/lib/notifications/outbox/record-notifications";
import { encryptPersonal } from "@/lib/privacy/personal-data";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();

describe("notificationKindFor", () => {
  it("maps the events a resident hears about, and nothing else", () => {
    expect(notificationKindFor("SUBMIT")).toBe("RECEIPT");
    expect(notificationKindFor("REFER")).toBe("REFERRAL");
    expect(notificationKindFor("HANDLE_ON_SITE")).toBe("REPLY");
    expect(notificationKindFor("SETTLE")).toBe("REPLY");
    expect(notificationKindFor("RECORD_COUNCIL_DECISION")).toBe("DECISION");
    expect(notificationKindFor("REOPEN")).toBe("REOPEN");
    for (const quiet of ["ADD_NOTE", "RATE", "CATEGORISE", "ESCALATE", "CORRECT_CONTACT", "ERASE_CONTACT"] as const) {
      expect(notificationKindFor(quiet)).toBeNull();
    }
  });
});

describe("plannedNotifications", () => {
  const now = new Date("2026-12-06T02:00:00Z");
  const both = {
    phoneEnc: encryptPersonal("13800138000"),
    phoneHash: "phone-hash",
    emailEnc: encryptPersonal("Resident@Example.org"),
    messageConsentAt: now,
    messagesStoppedAt: null,
  };

  it("one row per channel the resident gave, with the recipient's keyed hash", () => {
    const rows = plannedNotifications(both, "SETTLE", 3, now);
    expect(rows.map((r) => r.channel)).toEqual(["SMS", "EMAIL"]);
    expect(rows[0]).toMatchObject({ kind: "REPLY", eventSequence: 3, recipientHash: "phone-hash" });
    expect(rows[1]?.recipientHash).toBe(emailRecipientHash("resident@example.org"));
    expect(rows[1]?.recipientHash).not.toContain("example");
  });

  it("nothing without consent to messages, after an unsubscribe, or for a quiet action", () => {
    expect(plannedNotifications({ ...both, messageConsentAt: null }, "SETTLE", 1, now)).toEqual([]);
    expect(plannedNotifications({ ...both, messagesStoppedAt: now }, "SETTLE", 1, now)).toEqual([]);
    expect(plannedNotifications(both, "ADD_NOTE", 1, now)).toEqual([]);
    expect(plannedNotifications({ ...both, phoneEnc: null, emailEnc: null }, "SETTLE", 1, now)).toEqual([]);
  });
});

describe("retryDelayMs", () => {
  it("doubles from 30 s and stops at 6 h", () => {
    expect(retryDelayMs(0)).toBe(30_000);
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(5)).toBe(960_000);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
    expect(MAX_ATTEMPTS).toBeGreaterThan(1);
  });
});

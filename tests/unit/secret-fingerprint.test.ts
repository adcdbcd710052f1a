// The fingerprints an instance records at start (lib/deployment/secret-fingerprint.ts):
// one per secret that is set, equal for equal values, and never the value itself.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FINGERPRINTED_SECRETS, secretFingerprints } from "@/lib/deployment/secret-fingerprint";

const key = () => randomBytes(32).toString("base64");

describe("secret fingerprints", () => {
  const env = { NEXTAUTH_SECRET: key(), HUIYIN_ENCRYPTION_KEY: key(), HUIYIN_LOOKUP_KEY: key() };

  it("covers each secret that is set, and only those", () => {
    expect([...secretFingerprints(env).keys()]).toEqual([
      "NEXTAUTH_SECRET",
      "HUIYIN_ENCRYPTION_KEY",
      "HUIYIN_LOOKUP_KEY",
    ]);
    const all = secretFingerprints({ ...env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key() });
    expect([...all.keys()]).toEqual([...FINGERPRINTED_SECRETS]);
  });

  it("is the same for the same value and differs for another, without revealing it", () => {
    const again = secretFingerprints({ ...env });
    const other = secretFingerprints({ ...env, HUIYIN_LOOKUP_KEY: key() });
    const first = secretFingerprints(env);
    expect(again).toEqual(first);
    expect(other.get("HUIYIN_LOOKUP_KEY")).not.toBe(first.get("HUIYIN_LOOKUP_KEY"));
    expect(other.get("NEXTAUTH_SECRET")).toBe(first.get("NEXTAUTH_SECRET"));
    for (const [name, fingerprint] of first) {
      expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(fingerprint).not.toContain(Buffer.from(env[name as keyof typeof env], "base64").toString("hex"));
    }
    // The name is hashed too: one value under two names gives two fingerprints.
    const same = key();
    const both = secretFingerprints({ HUIYIN_ENCRYPTION_KEY: same, HUIYIN_LOOKUP_KEY: same });
    expect(both.get("HUIYIN_ENCRYPTION_KEY")).not.toBe(both.get("HUIYIN_LOOKUP_KEY"));
  });
});

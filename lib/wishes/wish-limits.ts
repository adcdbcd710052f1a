// Which rate limits residents' requests count against, and the error a service
// throws when one is used up. The action wrapper checks a limit before parsing
// (waitFor: no point taken); the service charges only what it really does (a new
// wish, a look-up), so a resident correcting mistakes never uses up attempts.
import "server-only";
import { ActionError } from "@/lib/forms/action-error";
import { consume, peek, type LimitName } from "@/lib/rate-limit/limiter";

export interface RequestKeys {
  /** Keyed hashes from lib/rate-limit/request-identity.ts. */
  deviceKey: string;
  ipKey: string;
}

type Checks = readonly { name: LimitName; key: string }[];

export const wishLimits = (keys: RequestKeys): Checks => [
  { name: "wish-device", key: keys.deviceKey },
  { name: "wish-ip", key: keys.ipKey },
];

/**
 * Every look-up, including the one a rating makes to verify the code and the
 * digits again, costs a point: otherwise the rating form would be a free oracle
 * for guessing the last four digits.
 */
export const trackLimits = (keys: RequestKeys): Checks => [
  { name: "track-device", key: keys.deviceKey },
  { name: "track-ip", key: keys.ipKey },
];

export class RateLimitedError extends ActionError {
  constructor(readonly retryAfterSeconds: number) {
    super("forms.errors.rateLimited", { values: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) } });
    this.name = "RateLimitedError";
  }
}

/** null when the limits would let a request through; otherwise the seconds to wait. Takes no point. */
export async function waitFor(checks: Checks): Promise<number | null> {
  const outcome = await peek(checks);
  return outcome.ok ? null : outcome.retryAfterSeconds;
}

/** Takes a point from each limit, or throws RateLimitedError. */
export async function charge(checks: Checks): Promise<void> {
  const outcome = await consume(checks);
  if (!outcome.ok) throw new RateLimitedError(outcome.retryAfterSeconds);
}

// What a test or benchmark cluster needs that a deployment sets by hand: the
// same throw-away keys for every instance (on a database made for the run, so
// no stored data depends on them), and messages kept in the log.
import { randomBytes } from "node:crypto";

export function throwAwayClusterEnv(): Record<string, string> {
  const key = () => randomBytes(32).toString("base64");
  return {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    HUIYIN_ENCRYPTION_KEY: key(),
    HUIYIN_LOOKUP_KEY: key(),
    // Every instance must decrypt the Server Action closures the others made.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key(),
    SMS_PROVIDER: "log",
  };
}

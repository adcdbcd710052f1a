// A note on the wish's timeline, in any state. It bumps the version on purpose
// (see lifecycle.ts): a colleague's stale form should see it before acting.
import "server-only";
import { plainTriage } from "./triage-transition";

export const addNote = plainTriage<{ internalNote: string; publicNote?: string }>("ADD_NOTE");

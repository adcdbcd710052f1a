// Staff reopen a settled wish; the reason is kept for colleagues, an optional
// public note tells the resident.
import "server-only";
import { plainTriage } from "./triage-transition";

export const reopenWish = plainTriage<{ internalNote: string; publicNote?: string }>("REOPEN");

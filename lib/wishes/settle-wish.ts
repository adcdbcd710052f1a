// 办结: closes an open wish with the reply the resident reads; no reply, no settlement.
import "server-only";
import { plainTriage } from "./triage-transition";

export const settleWish = plainTriage<{ publicReply: string; internalNote?: string }>("SETTLE");

// 现场办理: answered and settled at the stall; the reply is required.
import "server-only";
import { plainTriage } from "./triage-transition";

export const handleOnSite = plainTriage<{ publicReply: string; internalNote?: string }>("HANDLE_ON_SITE");

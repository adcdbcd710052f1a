// The outbox page's retry button posts one notification id.
import { z } from "zod";

export const retryNotificationSchema = z.object({ id: z.uuid() });

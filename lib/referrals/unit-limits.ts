// The unit forms' length limits, on their own: the client form reads them, and
// the schema (./unit-step-schema.ts) pulls in the working-day calendar, which is
// server-only (next.config.ts).
export const UNIT_LIMITS = { reply: 2000, note: 500 } as const;

// Audiences a resident can filter the stall directory by ("all" is not a filter:
// every stall serves everyone). Its own module, free of imports, because
// next.config.ts reads it too (lib/i18n/public-routes.ts), before any path alias
// or generated client can be resolved.
export const audienceFilters = ["elderly", "children", "disabled", "low-income", "mothers"] as const;
export type AudienceFilter = (typeof audienceFilters)[number];

// Elderly-friendly display modes (适老化): large text and high contrast, chosen by
// the resident, kept in a cookie and rendered on the server.
//
// The proxy reads the cookie and puts the mode into the internal path
// (/zh-CN/large/…), so each mode is its own statically cached page: no flash of
// the wrong size, no JavaScript, and the cache still serves every request.
export const DISPLAY_COOKIE = "huiyin-display";

export const displayModes = ["standard", "large", "contrast", "large-contrast"] as const;
export type DisplayMode = (typeof displayModes)[number];

/** The segment pages are prerendered with at build time; it renders nothing. */
export const BUILD_PLACEHOLDER = "_";

export function isDisplayMode(value: unknown): value is DisplayMode {
  return typeof value === "string" && (displayModes as readonly string[]).includes(value);
}

export function parseDisplayCookie(value: string | undefined): DisplayMode {
  return isDisplayMode(value) ? value : "standard";
}

export interface DisplayFlags {
  large: boolean;
  contrast: boolean;
}

export function flagsOf(mode: DisplayMode): DisplayFlags {
  return {
    large: mode === "large" || mode === "large-contrast",
    contrast: mode === "contrast" || mode === "large-contrast",
  };
}

function modeOf(flags: DisplayFlags): DisplayMode {
  if (flags.large && flags.contrast) return "large-contrast";
  if (flags.large) return "large";
  if (flags.contrast) return "contrast";
  return "standard";
}

export function toggleMode(mode: DisplayMode, which: keyof DisplayFlags): DisplayMode {
  const flags = flagsOf(mode);
  return modeOf({ ...flags, [which]: !flags[which] });
}

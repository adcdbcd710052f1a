import { getTranslations } from "next-intl/server";
import { flagsOf, type DisplayMode } from "@/lib/display/display-mode";

/**
 * Large text and high contrast switches: plain HTML forms, so they work with
 * JavaScript off. The server sets the cookie and redirects back to the same
 * page, which is then rendered (and cached) in the new mode.
 */
export async function DisplayToggles({
  locale,
  display,
  returnTo,
}: {
  locale: string;
  display: DisplayMode;
  returnTo: string;
}) {
  const t = await getTranslations({ locale, namespace: "display" });
  const flags = flagsOf(display);
  const toggles = [
    { which: "large", on: flags.large, label: t("large") },
    { which: "contrast", on: flags.contrast, label: t("contrast") },
  ] as const;
  return (
    <div className="flex flex-wrap gap-2">
      {toggles.map((toggle) => (
        <form key={toggle.which} method="post" action="/api/display">
          <input type="hidden" name="toggle" value={toggle.which} />
          <input type="hidden" name="back" value={returnTo} />
          <button
            type="submit"
            aria-pressed={toggle.on}
            className="inline-flex min-h-11 items-center gap-2 rounded border-2 border-ink bg-white px-3 font-semibold text-ink aria-pressed:bg-ink aria-pressed:text-white"
          >
            <span aria-hidden="true">{toggle.on ? "✓" : "○"}</span>
            {toggle.label}
          </button>
        </form>
      ))}
    </div>
  );
}

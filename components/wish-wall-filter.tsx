import { getTranslations } from "next-intl/server";
import { WishStatus } from "@/lib/db/generated/enums";
import { localized } from "@/lib/i18n/localized";
import { localePath } from "@/lib/i18n/paths";
import type { WallMarketDay } from "@/lib/wishes/public-wall";
import type { WallFilter } from "@/lib/wishes/wall-filter";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";

/** The wall's filter: a plain GET form (works with JavaScript off and in WeChat). */
export async function WishWallFilter({
  locale,
  filter,
  marketDays,
}: {
  locale: string;
  filter: WallFilter;
  marketDays: WallMarketDay[];
}) {
  const t = await getTranslations({ locale, namespace: "wall" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const field = "min-h-12 w-full rounded border-2 border-ink bg-white px-3 text-lg";
  return (
    <form
      method="get"
      action={localePath(locale, "/wishes")}
      aria-labelledby="wall-filter-heading"
      className="space-y-4 rounded-lg border-2 border-brand bg-white p-4"
    >
      <h2 id="wall-filter-heading" className="text-2xl font-bold">
        {t("filterHeading")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="wall-market-day" className="block font-semibold">
            {t("marketDayLabel")}
          </label>
          <select id="wall-market-day" name="marketDay" defaultValue={filter.marketDay ?? ""} className={field}>
            <option value="">{t("marketDayAll")}</option>
            {marketDays.map((day) => (
              <option key={day.slug} value={day.slug}>
                {localized(locale, day.title, day.titleEn)} ({shanghaiDateText(locale, day.startsAt, false).text})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="wall-state" className="block font-semibold">
            {t("stateLabel")}
          </label>
          <select id="wall-state" name="state" defaultValue={filter.state?.toLowerCase() ?? ""} className={field}>
            <option value="">{t("stateAll")}</option>
            {Object.values(WishStatus).map((status) => (
              <option key={status} value={status.toLowerCase()}>
                {labels(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="submit"
        className="inline-flex min-h-12 w-full items-center justify-center rounded bg-brand px-8 text-xl font-bold text-white hover:bg-brand-dark sm:w-auto"
      >
        {t("submit")}
      </button>
    </form>
  );
}

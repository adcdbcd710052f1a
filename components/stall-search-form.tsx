import { getTranslations } from "next-intl/server";
import { StallCategory } from "@/lib/db/generated/enums";
import { localePath } from "@/lib/i18n/paths";
import {
  audienceFilters,
  audienceToEnum,
  categoryToParam,
  QUERY_MAX_LENGTH,
  type DirectoryFilter,
} from "@/lib/stalls/directory-filter";

/**
 * The directory's search: a plain GET form, so it works with JavaScript off and
 * in WeChat's browser. The proxy turns /stalls?audience=…&category=…&q=… into a
 * cached page; the current filter comes back pre-filled from the server.
 */
export async function StallSearchForm({ locale, filter }: { locale: string; filter: DirectoryFilter }) {
  const t = await getTranslations({ locale, namespace: "stalls" });
  const labels = await getTranslations({ locale, namespace: "marketDays" });
  const audiences = [
    { value: "all", label: t("audienceAll"), checked: filter.audience === null },
    ...audienceFilters.map((a) => ({
      value: a,
      label: labels(`audience.${audienceToEnum(a)}`),
      checked: filter.audience === a,
    })),
  ];
  const field = "min-h-11 w-full rounded border-2 border-ink bg-white px-3 text-lg";
  return (
    <form
      method="get"
      action={localePath(locale, "/stalls")}
      role="search"
      aria-labelledby="search-heading"
      className="space-y-4 rounded-lg border-2 border-brand bg-white p-4"
    >
      <h2 id="search-heading" className="text-2xl font-bold">
        {t("searchHeading")}
      </h2>
      <div>
        <label htmlFor="stall-q" className="block font-semibold">
          {t("searchLabel")}
        </label>
        <p id="stall-q-hint" className="text-muted">
          {t("searchHint")}
        </p>
        <input
          id="stall-q"
          name="q"
          type="search"
          inputMode="search"
          enterKeyHint="search"
          autoComplete="off"
          maxLength={QUERY_MAX_LENGTH}
          defaultValue={filter.q}
          aria-describedby="stall-q-hint"
          className={field}
        />
      </div>
      <fieldset>
        <legend className="font-semibold">{t("audienceLabel")}</legend>
        <div className="mt-1 grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          {audiences.map((a) => (
            <label key={a.value} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input
                type="radio"
                name="audience"
                value={a.value}
                defaultChecked={a.checked}
                className="size-6 accent-brand"
              />
              {a.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="stall-category" className="block font-semibold">
          {t("categoryLabel")}
        </label>
        <select
          id="stall-category"
          name="category"
          defaultValue={filter.category ? categoryToParam(filter.category) : ""}
          className={field}
        >
          <option value="">{t("categoryAll")}</option>
          {Object.values(StallCategory).map((c) => (
            <option key={c} value={categoryToParam(c)}>
              {labels(`category.${c}`)}
            </option>
          ))}
        </select>
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

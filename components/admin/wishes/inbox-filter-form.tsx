import { getTranslations } from "next-intl/server";
import { WishCategory, WishKind, WishStatus } from "@/lib/db/generated/enums";
import { localized } from "@/lib/i18n/localized";
import { localePath } from "@/lib/i18n/paths";
import type { InboxFilter } from "@/lib/wishes/inbox-filter";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";

interface Places {
  marketDays: { id: string; title: string; titleEn: string | null; startsAt: Date }[];
  stalls: { id: string; number: number; name: string; nameEn: string | null }[];
}

/**
 * The inbox filter: a plain GET form (works with JavaScript off), folded under
 * one line so that a tablet's first screen shows wishes. It carries the word
 * search along (hidden); the search box itself is InboxSearchForm, which posts,
 * so that a code or a phone never lands in the URL and the server logs.
 */
export async function InboxFilterForm({
  locale,
  filter,
  places,
  basePath = "/admin/wishes",
}: {
  locale: string;
  filter: InboxFilter;
  places: Places;
  /** The inbox this form filters: the subdistrict's read-only view has its own. */
  basePath?: string;
}) {
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const field = "mt-1 min-h-12 w-full rounded border-2 border-ink bg-white px-3 text-lg";
  const select = (
    name: string,
    label: string,
    value: string | undefined,
    options: { value: string; label: string }[],
    all: string,
  ) => (
    <div>
      <label htmlFor={`inbox-${name}`} className="block font-semibold">
        {label}
      </label>
      <select id={`inbox-${name}`} name={name} defaultValue={value ?? ""} className={field}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const active = [
    filter.state,
    filter.kind,
    filter.category,
    filter.marketDay,
    filter.stall,
    filter.reply,
    filter.sort,
    filter.overdue || undefined,
  ].filter((v) => v !== undefined).length;
  return (
    <details className="group rounded-lg border-2 border-ink bg-white" open={false}>
      <summary className="flex min-h-12 cursor-pointer items-center px-4 text-xl font-bold">
        <h2 id="inbox-filter-heading" className="inline">
          {active ? t("inbox.filterHeadingActive", { count: active }) : t("inbox.filterHeading")}
        </h2>
      </summary>
      <form
        method="get"
        action={localePath(locale, basePath)}
        aria-labelledby="inbox-filter-heading"
        className="space-y-4 border-t-2 border-ink p-4"
      >
        {filter.q ? <input type="hidden" name="q" value={filter.q} /> : null}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {select(
            "state",
            t("inbox.state"),
            filter.state?.toLowerCase(),
            Object.values(WishStatus).map((s) => ({ value: s.toLowerCase(), label: labels(`status.${s}`) })),
            t("inbox.all"),
          )}
          {select(
            "kind",
            t("inbox.kind"),
            filter.kind?.toLowerCase(),
            Object.values(WishKind).map((k) => ({ value: k.toLowerCase(), label: labels(`kind.${k}`) })),
            t("inbox.all"),
          )}
          {select(
            "category",
            t("inbox.category"),
            filter.category?.toLowerCase(),
            Object.values(WishCategory).map((c) => ({ value: c.toLowerCase(), label: labels(`category.${c}`) })),
            t("inbox.all"),
          )}
          {select(
            "marketDay",
            t("inbox.marketDay"),
            filter.marketDay,
            places.marketDays.map((d) => ({
              value: d.id,
              label: `${localized(locale, d.title, d.titleEn)} (${shanghaiDateText(locale, d.startsAt, false).text})`,
            })),
            t("inbox.all"),
          )}
          {filter.marketDay
            ? select(
                "stall",
                t("inbox.stall"),
                filter.stall,
                places.stalls.map((s) => ({
                  value: s.id,
                  label: `${s.number}. ${localized(locale, s.name, s.nameEn)}`,
                })),
                t("inbox.all"),
              )
            : null}
          {select(
            "sort",
            t("inbox.sort"),
            filter.sort,
            [{ value: "needed", label: t("inbox.sortNeeded") }],
            t("inbox.sortUrgent"),
          )}
          {select(
            "reply",
            t("inbox.reply"),
            filter.reply,
            [
              { value: "with", label: t("inbox.replyWith") },
              { value: "without", label: t("inbox.replyWithout") },
            ],
            t("inbox.all"),
          )}
        </div>
        <div className="flex min-h-11 items-center gap-3">
          <input
            id="inbox-overdue"
            name="overdue"
            type="checkbox"
            value="1"
            defaultChecked={filter.overdue}
            className="size-6"
          />
          <label htmlFor="inbox-overdue" className="text-lg font-semibold">
            {t("inbox.overdueOnly")}
          </label>
        </div>
        {filter.marketDay ? null : <p className="text-muted">{t("inbox.stallHint")}</p>}
        <button
          type="submit"
          className="inline-flex min-h-12 w-full items-center justify-center rounded bg-brand px-8 text-xl font-bold text-white hover:bg-brand-dark sm:w-auto"
        >
          {t("inbox.apply")}
        </button>
      </form>
    </details>
  );
}

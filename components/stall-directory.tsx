import { getTranslations } from "next-intl/server";
import type { DisplayMode } from "@/lib/display/display-mode";
import { LocaleLink } from "./locale-link";
import {
  audienceFilters,
  audienceToEnum,
  filterToSearch,
  isEmptyFilter,
  type DirectoryFilter,
} from "@/lib/stalls/directory-filter";
import { isEnglish } from "@/lib/i18n/localized";
import { searchAlternatives } from "@/lib/search-synonyms/queries";
import { searchStalls } from "@/lib/stalls/queries";
import { PageTop } from "./page-top";
import { StallCard } from "./stall-card";
import { StallSearchForm } from "./stall-search-form";

/** The public path of a directory page, query included (language switch, display toggles). */
function directoryPath(filter: DirectoryFilter): string {
  const search = filterToSearch(filter);
  return search ? `/stalls?${search}` : "/stalls";
}

/**
 * The stall directory, shared by /stalls and its filtered pages
 * (/stalls/search/<segment>, reached through the proxy from /stalls?…).
 */
export async function StallDirectory({
  locale,
  display,
  filter,
}: {
  locale: string;
  display: DisplayMode;
  filter: DirectoryFilter;
}) {
  const t = await getTranslations({ locale, namespace: "stalls" });
  const labels = await getTranslations({ locale, namespace: "marketDays" });
  const [stalls, words] = await Promise.all([searchStalls(filter), filter.q ? searchAlternatives(filter.q) : []]);
  // What the search synonyms added to the query: said, so a resident who typed
  // 剪头发 sees why 爱心义剪 was found.
  const alsoSearched = words.slice(1).join(isEnglish(locale) ? ", " : "、");
  const filtered = !isEmptyFilter(filter);
  const summary = [
    filter.audience ? labels(`audience.${audienceToEnum(filter.audience)}`) : null,
    filter.category ? labels(`category.${filter.category}`) : null,
    filter.q ? t("keyword", { q: filter.q }) : null,
  ].filter((part): part is string => part !== null);
  const linkClass = "inline-flex min-h-11 items-center text-brand underline";

  const quickLinks = (
    <nav aria-labelledby="quick-heading">
      <h2 id="quick-heading" className="text-2xl font-bold">
        {t("quickHeading")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {audienceFilters.map((a) => (
          <li key={a}>
            <LocaleLink
              locale={locale}
              href={`/stalls?audience=${a}`}
              aria-current={filter.audience === a && !filter.category && !filter.q ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-full border-2 border-brand bg-white px-4 font-semibold text-brand no-underline aria-[current=page]:bg-brand aria-[current=page]:text-white"
            >
              {t(`quick.${a}`)}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );

  const results = (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="text-2xl font-bold">
        {t("resultsHeading")}
      </h2>
      {filtered ? (
        <p className="mt-1">
          <span className="font-semibold">{t("currentFilter")}</span>
          {summary.join(" · ")}
        </p>
      ) : null}
      {alsoSearched ? <p className="mt-1">{t("alsoSearched", { words: alsoSearched })}</p> : null}
      <p className="mt-1 text-lg font-semibold">{t("resultCount", { count: stalls.length })}</p>
      {filtered && stalls.length > 0 ? (
        <p>
          <LocaleLink locale={locale} href="/stalls" className={linkClass}>
            {t("clear")}
          </LocaleLink>
        </p>
      ) : null}
      {stalls.length === 0 ? (
        <div className="mt-3 rounded-lg border-2 border-ink bg-white p-4 text-lg">
          <p>{t("noResults")}</p>
          <p>
            <LocaleLink locale={locale} href="/stalls" className={linkClass}>
              {t("noResultsLink")}
            </LocaleLink>
          </p>
        </div>
      ) : (
        <ul className="mt-3 grid gap-4 md:grid-cols-2">
          {stalls.map((stall) => (
            <li key={stall.id}>
              <StallCard locale={locale} stall={stall} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  // Without JavaScript a search reloads the page at its top: after a search the
  // results come first, so a resident on a phone need not scroll past the form.
  return (
    <div className="space-y-8">
      <PageTop
        locale={locale}
        display={display}
        path={directoryPath(filter)}
        trail={[{ label: t("title") }]}
        title={t("title")}
      />
      {filtered ? (
        <>
          {results}
          <StallSearchForm locale={locale} filter={filter} />
          {quickLinks}
        </>
      ) : (
        <>
          <p className="text-lg">{t("intro")}</p>
          {quickLinks}
          <StallSearchForm locale={locale} filter={filter} />
          {results}
        </>
      )}
    </div>
  );
}

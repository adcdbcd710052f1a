// The inbox's state chips with their counts, and the wall's review queue: one
// scrolling row, not three wrapped ones, since a tablet's first screen is for
// wishes. Shared by the community's inbox and the subdistrict's read-only view.
import { getTranslations } from "next-intl/server";
import { WishStatus } from "@/lib/db/generated/enums";
import { Link } from "@/lib/i18n/navigation";
import { COUNT_CAP, type countInbox } from "@/lib/wishes/inbox-query";
import { inboxSearch, type InboxFilter } from "@/lib/wishes/inbox-filter";

export async function InboxStateChips({
  locale,
  filter,
  counts,
  href,
}: {
  locale: string;
  filter: InboxFilter;
  counts: Awaited<ReturnType<typeof countInbox>>;
  /** The inbox's address with a query string. */
  href: (query: string) => string;
}) {
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const countText = (state: WishStatus) => {
    if (!counts) return null;
    const c = counts[state];
    return c.more ? t("inbox.countMore", { count: COUNT_CAP }) : String(c.count);
  };
  return (
    <nav aria-label={t("inbox.statesLabel")}>
      <ul className="flex gap-2 overflow-x-auto pb-1">
        <li>
          <Link
            href={href(inboxSearch(filter, null, { state: undefined }))}
            aria-current={!filter.state ? "page" : undefined}
            className={`inline-flex min-h-11 shrink-0 items-center whitespace-nowrap rounded-full border-2 border-ink px-4 ${!filter.state ? "bg-ink text-white" : "bg-white"}`}
          >
            {t("inbox.allStates")}
          </Link>
        </li>
        {Object.values(WishStatus).map((state) => (
          <li key={state}>
            <Link
              href={href(inboxSearch(filter, null, { state }))}
              aria-current={filter.state === state ? "page" : undefined}
              className={`inline-flex min-h-11 shrink-0 items-center gap-2 whitespace-nowrap rounded-full border-2 border-ink px-4 ${filter.state === state ? "bg-ink text-white" : "bg-white"}`}
            >
              {labels(`status.${state}`)}
              {countText(state) !== null ? <span className="font-bold">({countText(state)})</span> : null}
            </Link>
          </li>
        ))}
        {/* The public wall's review queue (PIPL issue 12): nothing goes public unreviewed. */}
        <li>
          <Link
            href={href(inboxSearch(filter, null, { wall: filter.wall ? undefined : "pending" }))}
            aria-current={filter.wall ? "page" : undefined}
            className={`inline-flex min-h-11 shrink-0 items-center whitespace-nowrap rounded-full border-2 border-brand px-4 ${filter.wall ? "bg-brand text-white" : "bg-white"}`}
          >
            {t("wall.pendingChip")}
          </Link>
        </li>
      </ul>
      {counts ? null : <p className="mt-1 text-muted">{t("inbox.countsUnavailable")}</p>}
    </nav>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxFilterForm } from "@/components/admin/wishes/inbox-filter-form";
import { InboxResults } from "@/components/admin/wishes/inbox-results";
import { InboxStateChips } from "@/components/admin/wishes/inbox-state-chips";
import { InboxSearchForm } from "@/components/admin/wishes/inbox-search-form";
import { headers } from "next/headers";
import { cookieFromHeader } from "@/lib/auth/session-cookie";
import { PHONE_LOOKUP_COOKIE } from "@/lib/wishes/find-by-phone";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { countInbox, listInbox } from "@/lib/wishes/inbox-query";
import { inboxSearch, parseInboxFilter } from "@/lib/wishes/inbox-filter";
import { getFilterPlaces } from "@/lib/wishes/on-site-options";
import { searchInboxAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/admin/wishes">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  return { title: t("inbox.title"), robots: { index: false, follow: false } };
}

// The staff inbox. Filters and the keyset cursor live in the query string: they
// hold no personal data. The one search box posts (searchInboxAction), so a
// tracking code or a phone never reaches the address; only words go into ?q=.
// On a 1024×768 tablet the first screen shows the search and wishes: the
// filters fold away under one line.
export default async function InboxPage({ params, searchParams }: PageProps<"/[locale]/[display]/admin/wishes">) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("wish.view");
  const query = await searchParams;
  const parsed = parseInboxFilter(query);
  // ?phone=1: the keyed hash of the number looked up waits in a cookie; when it
  // has expired, "-" matches nothing rather than everything.
  // Only a role that may search by phone may list by a phone hash: a cookie
  // set by hand must not turn the inbox into a phone search for anyone else.
  const filter =
    parsed.phone && can(actor.role, "wish.findByPhone")
      ? { ...parsed, phoneHash: cookieFromHeader((await headers()).get("cookie"), PHONE_LOOKUP_COOKIE) ?? "-" }
      : parsed;
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const now = new Date();
  const [page, counts, places] = await Promise.all([
    listInbox(actor, filter, now),
    countInbox(actor, filter, now),
    getFilterPlaces(actor, filter.marketDay),
  ]);
  const href = (query: string) => (query ? `/admin/wishes?${query}` : "/admin/wishes");

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("inbox.title")}</h1>
        {actor.role !== "SECRETARY" ? (
          <Link
            href="/admin/wishes/new"
            className="inline-flex min-h-12 items-center rounded bg-brand px-6 text-lg font-bold text-white"
          >
            {t("inbox.newWish")}
          </Link>
        ) : null}
      </div>

      <InboxStateChips locale={locale} filter={filter} counts={counts} href={href} />

      {/* Side by side on a tablet or wider, so its first screen reaches the wishes;
          the filters take the whole row once opened. */}
      <div className="flex flex-wrap items-start gap-4">
        <div className="min-w-72 flex-1">
          <InboxSearchForm
            key={`${String(query.phone)}:${String(query.code)}:${filter.q ?? ""}`}
            action={searchInboxAction}
            q={filter.q ?? ""}
            filter={inboxSearch(filter, null, { q: undefined, phone: false })}
            phoneActive={filter.phone}
            phoneSearch={can(actor.role, "wish.findByPhone")}
            problem={query.phone === "invalid" ? "phoneInvalid" : query.code === "none" ? "codeNotFound" : null}
          />
        </div>
        <div className="w-full sm:w-64 has-[details[open]]:w-full">
          <InboxFilterForm locale={locale} filter={filter} places={places} />
        </div>
      </div>

      <InboxResults locale={locale} filter={filter} page={page} href={href} />
    </div>
  );
}

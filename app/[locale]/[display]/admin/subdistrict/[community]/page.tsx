import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InboxFilterForm } from "@/components/admin/wishes/inbox-filter-form";
import { InboxResults } from "@/components/admin/wishes/inbox-results";
import { InboxStateChips } from "@/components/admin/wishes/inbox-state-chips";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { viewCommunity } from "@/lib/subdistrict/subdistrict-scope";
import { countInbox, listInbox } from "@/lib/wishes/inbox-query";
import { parseInboxFilter } from "@/lib/wishes/inbox-filter";
import { getFilterPlaces } from "@/lib/wishes/on-site-options";

type Props = PageProps<"/[locale]/[display]/admin/subdistrict/[community]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "subdistrict" });
  return { title: t("titlePlain"), robots: { index: false, follow: false } };
}

// One community's inbox as the subdistrict reads it (issue 14 §4): the
// community's own query, scoped by viewCommunity() to a community of the
// account's subdistrict, with the same filters and order; nothing to triage.
// No phone search: that is the community's, for the residents it serves.
export default async function SubdistrictInboxPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("subdistrict.view");
  const view = await viewCommunity(actor, (await params).community);
  if (!view) notFound();
  const { viewer, community } = view;
  // No phone lookup here (see above): a ?phone= in the address is ignored.
  const filter = { ...parseInboxFilter(await searchParams), phone: false };
  const s = await getTranslations({ locale, namespace: "subdistrict" });
  const now = new Date();
  const [page, counts, places] = await Promise.all([
    listInbox(viewer, filter, now),
    countInbox(viewer, filter, now),
    getFilterPlaces(viewer, filter.marketDay),
  ]);
  const base = `/admin/subdistrict/${community.slug}`;
  const href = (query: string) => (query ? `${base}?${query}` : base);
  const name = localized(locale, community.name, community.nameEn);
  const link = "inline-flex min-h-11 items-center text-brand underline";
  return (
    <div className="space-y-4">
      <Link href="/admin/subdistrict" className={link}>
        {s("inbox.back")}
      </Link>
      <h1 className="text-3xl font-bold">{s("inbox.title", { name })}</h1>
      <p className="max-w-3xl text-lg">{s("inbox.readOnly")}</p>
      <InboxStateChips locale={locale} filter={filter} counts={counts} href={href} />
      <div className="w-full sm:w-64 has-[details[open]]:w-full">
        <InboxFilterForm locale={locale} filter={filter} places={places} basePath={base} />
      </div>
      <InboxResults locale={locale} filter={filter} page={page} href={href} wishPath={`${base}/wishes`} />
    </div>
  );
}

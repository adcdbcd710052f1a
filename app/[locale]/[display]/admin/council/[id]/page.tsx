import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/admin/council/meeting-form";
import { AgendaItemCard } from "@/components/admin/council/agenda-item";
import { AddItemForm } from "@/components/admin/council/item-forms";
import { requireStaffPage } from "@/lib/auth/session";
import { getMeetingDetail } from "@/lib/council/queries";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { formatShanghaiDate, shanghaiDay, shanghaiTime, toShanghaiIso } from "@/lib/time/shanghai";
import { isUuid } from "@/lib/uuid";
import { addCouncilItemAction, recordCouncilDecisionAction, updateMeetingAction } from "../actions";

type Props = PageProps<"/[locale]/[display]/admin/council/[id]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminCouncil" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function AdminCouncilMeetingPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("council.manage");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const meeting = await getMeetingDetail(actor, id);
  if (!meeting) notFound();
  const t = await getTranslations({ locale, namespace: "adminCouncil" });
  const created = (await searchParams).created === "1";
  const title = localized(locale, meeting.title, meeting.titleEn);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/admin/council" className="inline-flex min-h-11 items-center text-lg text-brand underline">
          <span aria-hidden="true">←&nbsp;</span>
          {t("detail.back")}
        </Link>
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="text-lg">
          <time dateTime={toShanghaiIso(meeting.scheduledAt)}>
            {formatShanghaiDate(locale, meeting.scheduledAt, { withTime: true })}
          </time>{" "}
          · {meeting.place} · <strong>{t(`status.${meeting.status}`)}</strong>
        </p>
      </div>
      {created ? (
        <p
          role="status"
          className="rounded border-2 border-green-800 bg-green-50 px-4 py-3 text-lg font-semibold text-green-900"
        >
          {t("messages.created")}
        </p>
      ) : null}

      <section aria-labelledby="agenda-heading" className="space-y-4">
        <h2 id="agenda-heading" className="text-2xl font-bold">
          {t("detail.agenda")}
        </h2>
        {meeting.items.length === 0 ? <p className="text-lg">{t("detail.noItems")}</p> : null}
        <ol className="space-y-4">
          {meeting.items.map((item) => (
            <li key={item.id}>
              <AgendaItemCard
                item={item}
                locale={locale}
                meetingStatus={meeting.status}
                decideAction={recordCouncilDecisionAction}
              />
            </li>
          ))}
        </ol>
        {meeting.status !== "CANCELLED" ? (
          <section aria-labelledby="add-item-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
            <h3 id="add-item-heading" className="text-xl font-bold">
              {t("detail.addItemHeading")}
            </h3>
            <AddItemForm action={addCouncilItemAction} meetingId={meeting.id} />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="edit-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
        <h2 id="edit-heading" className="text-2xl font-bold">
          {t("form.editHeading")}
        </h2>
        <MeetingForm
          action={updateMeetingAction}
          meetingId={meeting.id}
          defaults={{
            title: meeting.title,
            titleEn: meeting.titleEn ?? "",
            // As a datetime-local input shows it: Shanghai wall-clock time.
            scheduledAt: `${shanghaiDay(meeting.scheduledAt)}T${shanghaiTime(meeting.scheduledAt)}`,
            place: meeting.place,
            attendees: meeting.attendees ?? "",
            minutes: meeting.minutes ?? "",
            status: meeting.status,
          }}
        />
      </section>
    </div>
  );
}

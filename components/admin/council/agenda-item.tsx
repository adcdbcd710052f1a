// One agenda item on the meeting page: topic, linked wishes (tracking code,
// excerpt, state: no personal data), and the decision or the form to record it.
import { getTranslations } from "next-intl/server";
import type { AgendaItem } from "@/lib/council/queries";
import type { CouncilMeetingStatus } from "@/lib/db/generated/enums";
import type { FormAction } from "@/lib/forms/staff-action";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { formatShanghaiDate } from "@/lib/time/shanghai";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { DecisionForm } from "./item-forms";

export async function AgendaItemCard({
  item,
  locale,
  meetingStatus,
  decideAction,
}: {
  item: AgendaItem;
  locale: string;
  meetingStatus: CouncilMeetingStatus;
  decideAction: FormAction;
}) {
  const t = await getTranslations({ locale, namespace: "adminCouncil" });
  const headingId = `item-${item.id}`;
  const topic = localized(locale, item.topic, item.topicEn);
  const waiting = item.wishes.filter((w) => w.status === "ESCALATED").length;
  const decision = item.decision === null ? null : localized(locale, item.decision, item.decisionEn);
  const decided = Boolean(item.decidedAt && decision);
  // Decisions are made at a meeting: a planned one has made none, a cancelled one never will.
  const canDecide = meetingStatus === "HELD";
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border-2 border-ink bg-white p-4">
      <h3 id={headingId} className="text-xl font-bold">
        <span className="text-muted">{t("detail.position", { position: item.position })}</span> {topic}
      </h3>
      <div className="space-y-2">
        <h4 className="text-lg font-semibold">{t("detail.linkedWishes", { count: item.wishes.length })}</h4>
        {item.wishes.length === 0 ? (
          <p>{t("detail.noWishes")}</p>
        ) : (
          <ul className="divide-y-2 divide-paper">
            {item.wishes.map((w) => (
              <li key={w.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:gap-4">
                <Link
                  href={`/admin/wishes/${w.id}`}
                  className="inline-flex min-h-11 items-center font-mono text-lg text-brand underline"
                >
                  <span className="sr-only">{t("detail.code")} </span>
                  {formatTrackingCode(w.trackingCode)}
                </Link>
                <span className="min-w-0 flex-1 self-center break-words">{w.excerpt}</span>
                <span className="self-center font-semibold">{t(`wishState.${w.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {decided && item.decidedAt ? (
        <div className="space-y-1 border-l-4 border-ink pl-3">
          <h4 className="text-lg font-semibold">{t("detail.decision")}</h4>
          <p className="whitespace-pre-line text-lg">{decision}</p>
          <p className="text-muted">
            {t("detail.decidedAt", { date: formatShanghaiDate(locale, item.decidedAt, { withTime: true }) })}
          </p>
          {item.dueAt ? (
            <p className="font-semibold">
              {t("detail.dueAt", { date: formatShanghaiDate(locale, item.dueAt, { weekday: true }) })}
            </p>
          ) : null}
        </div>
      ) : null}
      {/* In the same place whether decided or not, so the form's success message outlives the form. */}
      {decided || canDecide ? (
        <DecisionForm action={decideAction} itemId={item.id} topic={topic} waiting={waiting} decided={decided} />
      ) : null}
      {!decided && meetingStatus === "PLANNED" ? <p className="text-lg">{t("detail.notHeldYet")}</p> : null}
    </article>
  );
}

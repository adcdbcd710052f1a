"use client";

import type { ReactNode, Ref } from "react";
import { useTranslations } from "next-intl";
import { WishStatusBadge } from "@/components/wish-status-badge";
import type { DateText, TrackedWishView } from "@/lib/wishes/track-form";

function When({ date }: { date: DateText }) {
  return <time dateTime={date.iso}>{date.text}</time>;
}

/** Values for a message with "<time>{due}</time>": the text, wrapped in <time>. */
function timeValues(name: string, date: DateText) {
  return { [name]: date.text, time: (chunks: ReactNode) => <time dateTime={date.iso}>{chunks}</time> };
}

// Steps whose name does not already say where they led ("转办" is 已转办; "现场办理"
// does not say the wish was settled by it).
const SHOW_STATUS = new Set(["SUBMIT", "HANDLE_ON_SITE", "RECORD_COUNCIL_DECISION"]);

/**
 * One wish as its resident sees it. The official reply comes first after the
 * state: it is what the resident came for (事事有回音). Everything here was
 * localised and formatted on the server; this only lays it out.
 */
export function TrackedWish({ wish, headingRef }: { wish: TrackedWishView; headingRef: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("track");
  const reply = wish.status === "DUPLICATE" ? wish.originalReply : wish.reply;
  const row = "grid gap-x-4 sm:grid-cols-[10rem_1fr]";

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h2 ref={headingRef} tabIndex={-1} id="result-heading" className="text-2xl font-bold focus:outline-none">
          {t("result.heading")}
        </h2>
        <p className="flex flex-wrap items-center gap-2 text-lg">
          <span className="font-semibold">{t("result.statusLabel")}</span>
          <WishStatusBadge status={wish.status} label={t(`status.${wish.status}`)} large />
        </p>
        <p className="text-lg">{t(`statusHelp.${wish.status}`)}</p>
      </div>

      <section aria-labelledby="reply-heading" className="rounded-lg border-4 border-brand bg-white p-4">
        <h3 id="reply-heading" className="text-xl font-bold text-brand">
          {/* Reopened: the reply on file answered the last settlement, not the new round. */}
          {wish.status === "REOPENED" && reply ? t("result.previousReply") : t("result.reply")}
        </h3>
        {wish.status === "DUPLICATE" ? <p className="mt-1">{t("result.originalReply")}</p> : null}
        {wish.status === "DUPLICATE" && wish.originalStatus ? (
          <p className="mt-1 flex flex-wrap items-center gap-2">
            <span className="font-semibold">{t("result.originalStatus")}</span>
            <WishStatusBadge status={wish.originalStatus} label={t(`status.${wish.originalStatus}`)} />
          </p>
        ) : null}
        {reply ? (
          <p className="mt-2 whitespace-pre-line text-xl leading-relaxed">{reply}</p>
        ) : wish.status === "DUPLICATE" ? (
          <p className="mt-2 text-lg">{t("result.noReplyOriginal")}</p>
        ) : wish.open ? (
          <p className="mt-2 text-lg">{t.rich("result.noReplyYet", timeValues("due", wish.replyDueAt))}</p>
        ) : null}
      </section>

      <dl className="space-y-2 rounded-lg border border-neutral-300 bg-white p-4">
        <div className={row}>
          <dt className="font-semibold">{t("result.code")}</dt>
          <dd className="font-mono text-lg tracking-wider">{wish.code}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("result.kind")}</dt>
          <dd>
            {t(`kind.${wish.kind}`)} · {t(`category.${wish.category ?? "none"}`)}
          </dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("result.submittedAt")}</dt>
          <dd>
            <When date={wish.submittedAt} />
          </dd>
        </div>
        {wish.marketDay || wish.stall ? (
          <div className={row}>
            <dt className="font-semibold">{t("result.place")}</dt>
            <dd>
              {[
                wish.marketDay?.title,
                wish.stall ? t("result.stall", { number: wish.stall.number, name: wish.stall.name }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </dd>
          </div>
        ) : null}
        {wish.maskedPhone ? (
          <div className={row}>
            <dt className="font-semibold">{t("result.phone")}</dt>
            <dd className="font-mono">{wish.maskedPhone}</dd>
          </div>
        ) : null}
        <div className={row}>
          <dt className="font-semibold">{t("result.content")}</dt>
          {/* Empty once erased on the resident's request (lib/wishes/erase-contact.ts). */}
          <dd className="whitespace-pre-line">{wish.content || t("result.contentErased")}</dd>
        </div>
        {wish.satisfaction !== null && !wish.canRate ? (
          <div className={row}>
            <dt className="font-semibold">{t("action.RATE")}</dt>
            <dd>{t(`rate.option.${String(wish.satisfaction) as "1" | "2" | "3" | "4" | "5"}`)}</dd>
          </div>
        ) : null}
      </dl>

      {wish.referral ? (
        <section aria-labelledby="referral-heading" className="rounded-lg border border-neutral-300 bg-white p-4">
          <h3 id="referral-heading" className="text-xl font-bold">
            {t("result.referralHeading")}
          </h3>
          <p className="mt-1">{t("result.referral", { unit: wish.referral.unit })}</p>
          {wish.referral.since ? (
            <p>{t.rich("result.referralSince", timeValues("since", wish.referral.since))}</p>
          ) : null}
          {wish.referral.acceptedAt ? (
            <p>{t.rich("result.referralAccepted", timeValues("at", wish.referral.acceptedAt))}</p>
          ) : null}
          {wish.referral.dueAt ? <p>{t.rich("result.referralDue", timeValues("due", wish.referral.dueAt))}</p> : null}
        </section>
      ) : null}
      {wish.rerouting ? (
        <section aria-labelledby="referral-heading" className="rounded-lg border border-neutral-300 bg-white p-4">
          <h3 id="referral-heading" className="text-xl font-bold">
            {t("result.referralHeading")}
          </h3>
          <p className="mt-1">{t("result.rerouting")}</p>
        </section>
      ) : null}

      {wish.council ? (
        <section aria-labelledby="council-heading" className="rounded-lg border border-neutral-300 bg-white p-4">
          <h3 id="council-heading" className="text-xl font-bold">
            {t("result.councilHeading")}
          </h3>
          <p className="mt-1">{t("result.councilTopic", { topic: wish.council.topic })}</p>
          <p>{t.rich("result.councilMeeting", timeValues("date", wish.council.meetingAt))}</p>
          <p className="font-semibold">
            {wish.council.decision
              ? t("result.councilDecision", { decision: wish.council.decision })
              : t("result.councilPending")}
          </p>
          {wish.council.decision && wish.council.dueAt ? (
            <p>{t.rich("result.councilDue", timeValues("due", wish.council.dueAt))}</p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading">
        <h3 id="timeline-heading" className="text-xl font-bold">
          {t("result.timelineHeading")}
        </h3>
        <ol className="mt-2 space-y-3 border-l-4 border-neutral-300 pl-4">
          {wish.timeline.map((entry, i) => (
            <li key={`${entry.at.iso}-${i}`}>
              <p className="text-muted">
                <When date={entry.at} />
              </p>
              <p className="font-semibold">
                {t(`action.${entry.action}`)}
                {SHOW_STATUS.has(entry.action) ? ` · ${t(`status.${entry.status}`)}` : null}
              </p>
              {entry.note ? <p className="whitespace-pre-line">{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

// The wish page as staff see it: facts, the contact reveal, the triage forms and
// the timeline. Shared by [id]/page.tsx and [id]/[attempt]/page.tsx.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CorrectContactForm, EraseContactForm } from "@/components/admin/wishes/contact-request-forms";
import { RevealContactForm } from "@/components/admin/wishes/reveal-contact-form";
import { WallModerationForm } from "@/components/admin/wishes/wall-moderation-form";
import { ReferralPanel } from "@/components/admin/wishes/referral-panel";
import { SimilarWishes } from "@/components/admin/wishes/similar-wishes";
import { WishActions } from "@/components/admin/wishes/wish-actions";
import { WishTimeline } from "@/components/admin/wishes/wish-timeline";
import { WishStatusBadge } from "@/components/wish-status-badge";
import { can, type Actor } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { localePath } from "@/lib/i18n/paths";
import { allowedActions, ratingReopensWish } from "@/lib/wishes/lifecycle";
import { findSimilarWishes } from "@/lib/wishes/similar-wishes";
import { targetsFor } from "@/lib/deadlines/deadline-target-query";
import { unitAnswerDue } from "@/lib/deadlines/deadline-targets";
import { shanghaiDay } from "@/lib/time/shanghai";
import { getTriageOptions, getWishForStaff, type StaffWish } from "@/lib/wishes/staff-wish-query";
import type { DeadlineTargets } from "@/lib/deadlines/deadline-targets";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { isUuid } from "@/lib/uuid";
import {
  correctContactAction,
  eraseContactAction,
  moderateWallAction,
  revealContactAction,
  triageWishAction,
} from "../actions";

/**
 * The wish page's body, for [id]/page.tsx and [id]/[attempt]: its forms post to
 * /admin/wishes/<id>/<attempt> (see lib/forms/attempt.ts).
 */
export async function renderWishPage({
  locale,
  id,
  actor,
  attempt,
  back,
  extra,
  basePath = "/admin/wishes",
}: {
  locale: string;
  id: string;
  actor: Actor;
  attempt: string;
  /** Where "back" goes: the inbox, or the subdistrict's read-only view of it. */
  back?: { href: string; label: string };
  /**
   * Shown after the reply, made from the wish and its deadline targets as this
   * page loaded them (the subdistrict's referral form).
   */
  extra?: (wish: StaffWish, targets: DeadlineTargets) => Promise<React.ReactNode>;
  /** Where other wishes' pages are (duplicates, similar wishes). */
  basePath?: string;
}) {
  if (!isUuid(id)) notFound();
  const [wish, options] = await Promise.all([getWishForStaff(actor, id), getTriageOptions(actor)]);
  if (!wish) notFound();
  const [similar, targets] = await Promise.all([
    findSimilarWishes(actor, wish.id),
    targetsFor(wish.communityId, wish.kind, wish.category),
  ]);
  const extraSection = extra ? await extra(wish, targets) : null;
  // One click merges this wish into a similar one where the table allows it and
  // nothing was merged into this one yet (lib/wishes/mark-duplicate.ts).
  const canMerge =
    can(actor.role, "wish.triage") && allowedActions(wish.status).includes("MARK_DUPLICATE") && !wish.duplicates.length;
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const date = (d: Date) => shanghaiDateText(locale, d);
  const row = "grid gap-x-4 sm:grid-cols-[12rem_1fr]";
  const permalink = localePath(locale, `/admin/wishes/${wish.id}/${attempt}`);
  const facts: [string, React.ReactNode][] = [
    [
      t("detail.code"),
      <span key="c" className="font-mono">
        {formatTrackingCode(wish.trackingCode)}
      </span>,
    ],
    [t("inbox.kindCategory"), `${labels(`kind.${wish.kind}`)} · ${labels(`category.${wish.category ?? "none"}`)}`],
    [t("detail.channel"), t(`channel.${wish.channel}`)],
    [
      t("inbox.place"),
      `${wish.marketDay ? localized(locale, wish.marketDay.title, wish.marketDay.titleEn) : t("inbox.online")}${wish.stall ? ` · ${wish.stall.number}. ${localized(locale, wish.stall.name, wish.stall.nameEn)}` : ""}`,
    ],
    [t("inbox.created"), date(wish.createdAt).text],
    [t("detail.replyDue"), `${date(wish.replyDueAt).text}${wish.overdue ? ` · ${t("inbox.overdue")}` : ""}`],
    ...(wish.settlementDueAt
      ? [[t("detail.settlementDue"), date(wish.settlementDueAt).text] as [string, React.ReactNode]]
      : []),
    [
      t("detail.public"),
      wish.isPublic ? `${t("detail.yes")} · ${t(`wall.status.${wish.wallStatus}`)}` : t("detail.no"),
    ],
    [
      t("inbox.phone"),
      <span key="p" className="font-mono">
        {wish.maskedPhone ?? t("detail.none")}
      </span>,
    ],
  ];
  if (wish.referralOrg || wish.referralDepartment)
    facts.push([
      t("detail.referral"),
      `${wish.referralOrg ? localized(locale, wish.referralOrg.name, wish.referralOrg.nameEn) : wish.referralDepartment}${wish.referralDueAt ? ` · ${t("inbox.due")} ${date(wish.referralDueAt).text}` : ""}`,
    ]);
  if (wish.referralOutcome) facts.push([t("detail.referralOutcome"), wish.referralOutcome]);
  if (wish.councilItem)
    facts.push([
      t("detail.council"),
      `${localized(locale, wish.councilItem.meeting.title, wish.councilItem.meeting.titleEn)} · ${wish.councilItem.topic}`,
    ]);
  if (wish.supportCount > 0) facts.push([t("detail.supportCount"), String(wish.supportCount)]);
  if (wish.neededAt) facts.push([t("detail.neededAt"), date(wish.neededAt).text]);
  if (wish.mobilityAids.length)
    facts.push([t("detail.mobility"), wish.mobilityAids.map((m) => t(`mobility.${m}`)).join("、")]);
  if (wish.returnTrip !== null)
    facts.push([t("detail.returnTrip"), wish.returnTrip ? t("detail.yes") : t("detail.no")]);

  return (
    <div className="space-y-8">
      <p>
        <Link href={back?.href ?? "/admin/wishes"} className="inline-flex min-h-11 items-center text-brand underline">
          {back?.label ?? t("detail.back")}
        </Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">
          {t("detail.title")} <span className="font-mono">{formatTrackingCode(wish.trackingCode)}</span>
        </h1>
        <p className="flex flex-wrap items-center gap-2">
          <WishStatusBadge status={wish.status} label={labels(`status.${wish.status}`)} large />
          {wish.overdue ? (
            <span className="rounded-lg border-2 border-brand px-3 font-bold text-brand">{t("inbox.overdue")}</span>
          ) : null}
        </p>
      </div>

      <section aria-labelledby="wish-content-heading" className="rounded-lg border-2 border-ink bg-white p-4">
        <h2 id="wish-content-heading" className="text-xl font-bold">
          {t("detail.content")}
        </h2>
        {/* An empty text was erased at the resident's request (lib/wishes/erase-contact.ts). */}
        <p className="mt-2 whitespace-pre-line text-xl leading-relaxed">{wish.content || t("privacy.contentErased")}</p>
      </section>

      {/* A low rating reopens the wish (RATE + SYSTEM REOPEN): staff see why first. */}
      {wish.status === "REOPENED" && wish.satisfaction !== null && ratingReopensWish(wish.satisfaction) ? (
        <section aria-labelledby="wish-rating-heading" className="rounded-lg border-4 border-brand bg-white p-4">
          <h2 id="wish-rating-heading" className="text-xl font-bold text-brand">
            {t("detail.lowRating", { rating: wish.satisfaction })}
          </h2>
          <p className="mt-2 whitespace-pre-line text-lg">{wish.satisfactionComment ?? t("detail.noComment")}</p>
        </section>
      ) : null}

      <section aria-labelledby="wish-reply-heading" className="rounded-lg border-2 border-ink bg-white p-4">
        <h2 id="wish-reply-heading" className="text-xl font-bold">
          {t("detail.reply")}
        </h2>
        <p className="mt-2 whitespace-pre-line text-lg">{wish.publicReply ?? t("detail.noReply")}</p>
      </section>

      {extraSection}

      {wish.duplicateOf || wish.duplicates.length ? (
        <section aria-labelledby="wish-dup-heading" className="rounded-lg border-2 border-ink bg-white p-4">
          <h2 id="wish-dup-heading" className="text-xl font-bold">
            {t("detail.duplicates")}
          </h2>
          {wish.duplicateOf ? (
            <p className="mt-2">
              {t("detail.duplicateOf")}{" "}
              <Link
                href={`${basePath}/${wish.duplicateOf.id}`}
                className="inline-flex min-h-11 items-center font-mono text-brand underline"
              >
                {formatTrackingCode(wish.duplicateOf.trackingCode)}
              </Link>{" "}
              ({labels(`status.${wish.duplicateOf.status}`)})
            </p>
          ) : null}
          {wish.duplicates.length ? (
            <ul className="mt-2 flex flex-wrap gap-x-4">
              {wish.duplicates.map((d) => (
                <li key={d.id}>
                  <Link
                    href={`${basePath}/${d.id}`}
                    className="inline-flex min-h-11 items-center font-mono text-brand underline"
                  >
                    {formatTrackingCode(d.trackingCode)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      <SimilarWishes
        locale={locale}
        similar={similar}
        wishId={wish.id}
        version={wish.version}
        canMerge={canMerge}
        action={triageWishAction}
        permalink={permalink}
        basePath={basePath}
      />

      <section
        aria-labelledby="wish-facts-heading"
        className="space-y-3 rounded-lg border border-neutral-400 bg-white p-4"
      >
        <h2 id="wish-facts-heading" className="text-xl font-bold">
          {t("detail.facts")}
        </h2>
        <dl className="space-y-2">
          {facts.map(([label, value]) => (
            <div key={label} className={row}>
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {wish.hasContact && can(actor.role, "wish.revealContact") ? (
          <RevealContactForm wishId={wish.id} action={revealContactAction} permalink={permalink} />
        ) : null}
      </section>

      {wish.isPublic && can(actor.role, "wall.moderate") ? (
        <WallModerationForm
          wishId={wish.id}
          wallStatus={wish.wallStatus}
          wallText={wish.wallText}
          action={moderateWallAction}
          permalink={permalink}
        />
      ) : null}

      {can(actor.role, "wish.editContact") ? (
        <section aria-labelledby="wish-privacy-heading" className="space-y-3">
          <h2 id="wish-privacy-heading" className="text-2xl font-bold">
            {t("privacy.heading")}
          </h2>
          <p className="text-lg">{t("privacy.intro")}</p>
          <div className="grid gap-4 lg:grid-cols-2">
            <CorrectContactForm
              wishId={wish.id}
              version={wish.version}
              action={correctContactAction}
              permalink={permalink}
            />
            <EraseContactForm
              wishId={wish.id}
              version={wish.version}
              action={eraseContactAction}
              permalink={permalink}
            />
          </div>
        </section>
      ) : null}

      <ReferralPanel locale={locale} referrals={wish.referrals} />

      {can(actor.role, "wish.triage") ? (
        <WishActions
          locale={locale}
          wish={wish}
          options={options}
          action={triageWishAction}
          permalink={permalink}
          referralDue={shanghaiDay(unitAnswerDue(new Date(), targets))}
        />
      ) : null}

      <section aria-labelledby="wish-timeline-heading" className="space-y-3">
        <h2 id="wish-timeline-heading" className="text-2xl font-bold">
          {t("detail.timeline")}
        </h2>
        <WishTimeline locale={locale} events={wish.events} />
      </section>
    </div>
  );
}

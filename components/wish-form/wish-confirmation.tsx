"use client";
// What the resident sees after submitting: the tracking code, large and in
// groups of four, what happens next and by when, and the ways on. Rendered from
// the action's result, never from the URL, so the code is in no address bar,
// history or referrer.
import { useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { localePath } from "@/lib/i18n/paths";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import type { AssistanceSummary } from "@/lib/wishes/wish-form-state";
import { CopyCodeButton } from "./copy-code-button";
import { ShareCodeButton } from "./share-code-button";

export interface WishConfirmationProps {
  trackingCode: string;
  hasPhone: boolean;
  replyDays: number;
  assistance?: AssistanceSummary;
  /** The form again (same QR place), for residents without JavaScript. */
  anotherHref: string;
  /** With JavaScript: a fresh form in place, with a new idempotency key. */
  onAnother: () => void;
}

export function WishConfirmation({
  trackingCode,
  hasPhone,
  replyDays,
  assistance,
  anotherHref,
  onAnother,
}: WishConfirmationProps) {
  const t = useTranslations("wishForm.confirmation");
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Screen readers announce the new heading; everyone starts reading at the top.
    heading.current?.focus();
    // The address becomes this device's wishes page (the code is in its
    // httpOnly cookie, never in the address): a reload or a return by the back
    // button shows the code again instead of an empty form or a re-sent post.
    window.history.replaceState(null, "", localePath(locale, "/wishes/mine"));
  }, [locale]);
  const grouped = formatTrackingCode(trackingCode);
  const button = "inline-flex min-h-12 items-center justify-center rounded px-6 text-lg font-bold no-underline";

  return (
    <section aria-labelledby="wish-confirmation-title" className="space-y-6">
      <h2
        id="wish-confirmation-title"
        ref={heading}
        tabIndex={-1}
        className="flex items-center gap-3 text-2xl font-bold focus:outline-none"
      >
        <span
          aria-hidden="true"
          className="inline-flex size-10 shrink-0 items-center justify-center rounded-full bg-brand text-white"
        >
          ✓
        </span>
        {assistance ? t("assistanceTitle") : t("title")}
      </h2>

      {assistance ? <AssistanceDetails assistance={assistance} replyDays={replyDays} /> : null}

      <div className="space-y-3 rounded-lg border-2 border-brand bg-white p-5">
        <p className="text-lg font-semibold">{t("codeLabel")}</p>
        {/* Sized to the screen, not to the text size, so the three groups stay
            on one line of a phone in large-text mode too. */}
        <p
          className="font-mono text-[min(7vw,3rem)] leading-tight font-bold tracking-wider whitespace-nowrap"
          data-testid="tracking-code"
        >
          {grouped}
        </p>
        <p>{t("codeHint")}</p>
        <p className="font-semibold">{t("writeDown")}</p>
        <div className="flex flex-wrap items-start gap-3">
          <CopyCodeButton code={grouped} />
          <ShareCodeButton
            label={t("share")}
            text={t("shareText", { code: grouped })}
            url={localePath(locale, "/wishes/track")}
          />
        </div>
        <p>{hasPhone ? t("phoneNeeded") : t("phoneNotNeeded")}</p>
        <p>
          {t("remembered")}{" "}
          <Link href="/wishes/mine" className="inline-flex min-h-11 items-center font-semibold text-brand underline">
            {t("mine")}
          </Link>
        </p>
      </div>

      {/* An assistance request is answered with a call (above), not through the usual steps. */}
      {assistance ? null : (
        <div>
          <h3 className="text-xl font-bold">{t("nextTitle")}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>{t("nextOnSite")}</li>
            <li>{t("nextReferred")}</li>
            <li>{t("nextCouncil")}</li>
          </ul>
          <p className="mt-3 text-lg font-semibold">{t("replyWithin", { days: replyDays })}</p>
        </div>
      )}

      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href="/wishes/track" className={`${button} bg-brand text-white hover:bg-brand-dark`}>
          {t("track")}
        </Link>
        <Link
          href={anotherHref}
          onClick={(event) => {
            event.preventDefault();
            // Back to the form's own address (the confirmation moved it to /wishes/mine).
            window.history.replaceState(null, "", localePath(locale, anotherHref));
            onAnother();
          }}
          className={`${button} border-2 border-brand bg-white text-brand`}
        >
          {t("another")}
        </Link>
      </div>
    </section>
  );
}

/**
 * An escort or a loan is arranged by phone: the date, time, pickup point and
 * destination are repeated so the resident can check them, with the promise of
 * a call. When help is needed before the usual reply target, "within 2 days"
 * would come after the appointment, so only "as soon as possible" is said.
 */
function AssistanceDetails({ assistance, replyDays }: { assistance: AssistanceSummary; replyDays: number }) {
  const t = useTranslations("wishForm.confirmation");
  const rows: [string, string][] = [[t("neededAt"), assistance.neededAt]];
  if (assistance.pickupAddress) rows.push([t("pickupAddress"), assistance.pickupAddress]);
  if (assistance.destination) rows.push([t("destination"), assistance.destination]);
  if (assistance.returnTrip !== undefined)
    rows.push([t("returnTrip"), assistance.returnTrip ? t("returnTripYes") : t("returnTripNo")]);
  return (
    <div className="space-y-3 rounded-lg border-2 border-brand bg-white p-5" data-testid="assistance-summary">
      <dl className="space-y-2 text-lg">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="font-semibold">{label}</dt>
            <dd className="text-xl font-bold break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-lg font-semibold">{assistance.soon ? t("callSoon") : t("callWithin", { days: replyDays })}</p>
    </div>
  );
}

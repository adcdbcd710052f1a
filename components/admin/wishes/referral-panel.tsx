import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { StaffWish } from "@/lib/wishes/staff-wish-query";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";

/**
 * Every unit the wish passed through (issue 14): status, dates, a return's
 * reason, a pending extension request, and whether the unit got the resident's
 * contact details. Staff act on the open one with the forms below it.
 */
export async function ReferralPanel({ locale, referrals }: { locale: string; referrals: StaffWish["referrals"] }) {
  if (referrals.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "adminWishes.referrals" });
  const date = (d: Date) => {
    const x = shanghaiDateText(locale, d);
    return <time dateTime={x.iso}>{x.text}</time>;
  };
  return (
    <section aria-labelledby="referrals-heading" className="space-y-3">
      <h2 id="referrals-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <ol className="space-y-3">
        {referrals.map((r) => (
          <li key={r.id} className="space-y-1 rounded-lg border border-neutral-400 bg-white p-3">
            <p className="flex flex-wrap gap-x-3 font-semibold">
              <span>{localized(locale, r.organization.name, r.organization.nameEn)}</span>
              <span className="font-normal">{t(`status.${r.status}`)}</span>
            </p>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3">
              <dt>{t("sent")}</dt>
              <dd>{date(r.sentAt)}</dd>
              <dt>{t("due")}</dt>
              <dd>{date(r.dueAt)}</dd>
              {r.acceptedAt ? (
                <>
                  <dt>{t("accepted")}</dt>
                  <dd>{date(r.acceptedAt)}</dd>
                </>
              ) : null}
              {r.answeredAt ? (
                <>
                  <dt>{t("answered")}</dt>
                  <dd>{date(r.answeredAt)}</dd>
                </>
              ) : null}
              {r.returnedAt ? (
                <>
                  <dt>{t("returned")}</dt>
                  <dd>{date(r.returnedAt)}</dd>
                  <dt>{t("returnReason")}</dt>
                  <dd className="whitespace-pre-line">{r.returnReason}</dd>
                </>
              ) : null}
            </dl>
            {r.extensionRequestedAt ? (
              <p className="rounded border border-amber-700 bg-amber-50 p-2">
                <strong>
                  {t("extension", {
                    date: r.extensionUntil ? shanghaiDateText(locale, r.extensionUntil, false).text : "—",
                  })}
                </strong>
                <br />
                {t("extensionReason")}: {r.extensionReason}
              </p>
            ) : null}
            {r.extensionsGranted > 0 ? <p>{t("extensionsGranted", { count: r.extensionsGranted })}</p> : null}
            {r.contactGrantedAt ? <p>{t("contactGranted")}</p> : null}
            {!r.closedAt && !r.organization.contactEmail && !r.organization.contactPhone ? (
              <p className="font-semibold text-red-800">{t("noContact")}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { UnitReferralView } from "@/lib/referrals/unit-referral-query";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";

/**
 * What a receiving unit reads of its referral (issue 14): the request, the due
 * date, its state, the resident's contact details as staff allowed, and the
 * steps so far. Shown behind the signed link and in a UNIT account alike.
 */
export async function UnitReferralSummary({ locale, view }: { locale: string; view: UnitReferralView }) {
  const t = await getTranslations({ locale, namespace: "referrals" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const date = (d: Date, withTime = true) => {
    const x = shanghaiDateText(locale, d, withTime);
    return <time dateTime={x.iso}>{x.text}</time>;
  };
  const overdue = view.overdue;
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 rounded-lg border-2 border-ink bg-white p-4 text-lg sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("summary.code")}</dt>
        <dd className="font-mono">{view.code}</dd>
        <dt className="font-semibold">{t("summary.unit")}</dt>
        <dd>{localized(locale, view.unitName, view.unitNameEn)}</dd>
        <dt className="font-semibold">{t("summary.status")}</dt>
        <dd>{t(`status.${view.status}`)}</dd>
        <dt className="font-semibold">{t("summary.kind")}</dt>
        <dd>
          {labels(`kind.${view.kind}`)}
          {view.category ? ` · ${labels(`category.${view.category}`)}` : null}
        </dd>
        <dt className="font-semibold">{t("summary.submitted")}</dt>
        <dd>{date(view.submittedAt)}</dd>
        <dt className="font-semibold">{t("summary.sent")}</dt>
        <dd>{date(view.sentAt)}</dd>
        <dt className="font-semibold">{t("summary.due")}</dt>
        <dd className={overdue ? "font-bold text-red-800" : undefined}>
          {date(view.dueAt, false)}
          {overdue ? ` (${t("summary.overdue")})` : null}
        </dd>
      </dl>
      {view.extension ? (
        <p className="rounded-lg border-2 border-amber-700 bg-amber-50 p-3 text-lg">
          {t("summary.extensionPending", {
            date: view.extension.until ? shanghaiDateText(locale, view.extension.until, false).text : "—",
          })}
        </p>
      ) : null}
      <section aria-labelledby="unit-content-heading" className="space-y-2">
        <h2 id="unit-content-heading" className="text-2xl font-bold">
          {t("summary.content")}
        </h2>
        <p className="whitespace-pre-line rounded-lg bg-white p-4 text-lg">{view.content}</p>
      </section>
      <section aria-labelledby="unit-contact-heading" className="space-y-2">
        <h2 id="unit-contact-heading" className="text-2xl font-bold">
          {t("summary.contact")}
        </h2>
        {!view.contact.phone && !view.contact.name ? (
          <p>{t("summary.contactNone")}</p>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-lg">
            {view.contact.name ? (
              <>
                <dt className="font-semibold">{t("summary.name")}</dt>
                <dd>{view.contact.name}</dd>
              </>
            ) : null}
            {view.contact.phone ? (
              <>
                <dt className="font-semibold">{t("summary.phone")}</dt>
                <dd className="font-mono">{view.contact.phone}</dd>
              </>
            ) : null}
            {view.contact.building ? (
              <>
                <dt className="font-semibold">{t("summary.building")}</dt>
                <dd>{view.contact.building}</dd>
              </>
            ) : null}
          </dl>
        )}
        {!view.contact.granted && view.contact.phone ? (
          <p className="text-muted">{t("summary.contactMasked")}</p>
        ) : null}
      </section>
      <section aria-labelledby="unit-steps-heading" className="space-y-2">
        <h2 id="unit-steps-heading" className="text-2xl font-bold">
          {t("summary.steps")}
        </h2>
        <ol className="space-y-2">
          {view.steps.map((s, i) => (
            <li key={i} className="rounded-lg border border-neutral-400 bg-white p-3">
              <p className="font-semibold">{labels(`action.${s.action}`)}</p>
              <p className="text-muted">{date(s.at)}</p>
              {s.publicNote ? <p className="whitespace-pre-line">{s.publicNote}</p> : null}
              {s.unitNote ? <p className="whitespace-pre-line">{s.unitNote}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

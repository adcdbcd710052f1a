import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { StaffWish } from "@/lib/wishes/staff-wish-query";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";

/** Every WishEvent, oldest first, with who did it, internal notes included (staff only). */
export async function WishTimeline({ locale, events }: { locale: string; events: StaffWish["events"] }) {
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const labels = await getTranslations({ locale, namespace: "track" });
  return (
    <ol className="space-y-3">
      {events.map((e) => {
        const at = shanghaiDateText(locale, e.createdAt);
        const who = e.actor?.displayName ?? t(`actorType.${e.actorType}`);
        return (
          <li key={e.id} className="rounded-lg border border-neutral-400 bg-white p-3">
            <p className="flex flex-wrap gap-x-3 font-semibold">
              <span>{labels(`action.${e.action}`)}</span>
              {e.referral ? (
                <span className="font-normal">
                  {localized(locale, e.referral.organization.name, e.referral.organization.nameEn)}
                </span>
              ) : null}
              {e.fromStatus && e.fromStatus !== e.toStatus ? (
                <span className="font-normal">
                  {labels(`status.${e.fromStatus}`)} → {labels(`status.${e.toStatus}`)}
                </span>
              ) : null}
            </p>
            <p className="text-muted">
              {who} · <time dateTime={at.iso}>{at.text}</time>
            </p>
            {e.publicNote ? (
              <p className="mt-1 whitespace-pre-line">
                <span className="font-semibold">{t("timeline.publicNote")}: </span>
                {e.publicNote}
              </p>
            ) : null}
            {e.internalNote ? (
              <p className="mt-1 whitespace-pre-line">
                <span className="font-semibold">{t("timeline.internalNote")}: </span>
                {e.internalNote}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

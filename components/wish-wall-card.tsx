import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { PublicWish } from "@/lib/wishes/public-wall";
import { canSupport } from "@/lib/wishes/support-wish";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { MeTooButton } from "./me-too-button";
import { WishStatusBadge } from "./wish-status-badge";

/** One public wish: what was asked, where it stands and the community's answer. Nothing personal. */
export async function WishWallCard({
  locale,
  wish,
  meTooAction,
}: {
  locale: string;
  wish: PublicWish;
  meTooAction: React.ComponentProps<typeof MeTooButton>["action"];
}) {
  const t = await getTranslations({ locale, namespace: "wall" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const date = shanghaiDateText(locale, wish.createdAt, false);
  const place = [
    wish.marketDay ? localized(locale, wish.marketDay.title, wish.marketDay.titleEn) : null,
    wish.stall
      ? t("stall", { number: wish.stall.number, name: localized(locale, wish.stall.name, wish.stall.nameEn) })
      : null,
  ].filter((part): part is string => part !== null);
  return (
    <article className="h-full space-y-2 rounded-lg border border-neutral-300 bg-white p-4">
      <p className="flex flex-wrap items-center gap-2">
        <WishStatusBadge status={wish.status} label={labels(`status.${wish.status}`)} />
        <span className="text-muted">
          {labels(`kind.${wish.kind}`)} · {labels(`category.${wish.category ?? "none"}`)}
        </span>
      </p>
      <p className="whitespace-pre-line text-lg">{wish.content}</p>
      <p className="text-muted">
        {t.rich("submittedOn", { date: date.text, time: (chunks) => <time dateTime={date.iso}>{chunks}</time> })}
        {place.length > 0 ? ` · ${place.join(" · ")}` : null}
      </p>
      {wish.reply ? (
        <p className="rounded border-l-4 border-brand bg-paper px-3 py-2">
          <span className="font-semibold">{t("reply")}</span>
          {wish.reply}
        </p>
      ) : (
        <p className="text-muted">{t("noReply")}</p>
      )}
      <MeTooButton wishId={wish.id} count={wish.supportCount} open={canSupport(wish.status)} action={meTooAction} />
    </article>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LocaleLink } from "@/components/locale-link";
import { PageTop } from "@/components/page-top";
import { ShareCodeButton } from "@/components/wish-form/share-code-button";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { formatShanghaiDate } from "@/lib/time/shanghai";
import { RECENT_WISHES_MAX, recentWishes } from "@/lib/wishes/recent-wishes";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { TrackPanel } from "../track/track-panel";
import { forgetRecentWishesAction } from "./actions";

type Props = PageProps<"/[locale]/[display]/wishes/mine">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "myWishes" });
  // Per device: nothing here for a search engine.
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** ?pick=2: which remembered wish the look-up form starts with (an index, never the code). */
function pickIndex(value: string | string[] | undefined, count: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 0 && n < count ? n : 0;
}

// Where a resident lands after submitting (the confirmation moves the address
// here), and what survives a reload or the back button: the codes this device
// sent, read from its httpOnly cookie (lib/wishes/recent-wishes.ts), each on one
// line in large type. Seeing a wish's progress still takes the phone's last
// four digits: the phone may be the family's.
export default async function MyWishesPage({ params, searchParams }: Props) {
  const { locale, display } = await publicPage(params);
  const t = await getTranslations({ locale, namespace: "myWishes" });
  const wishes = await recentWishes();
  const picked = wishes[pickIndex((await searchParams).pick, wishes.length)];
  const trackHref = localePath(locale, "/wishes/track");
  const link = "inline-flex min-h-11 items-center text-brand underline";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageTop
        locale={locale}
        display={display}
        path="/wishes/mine"
        trail={[{ label: t("title") }]}
        title={t("title")}
      />
      <p className="text-lg">{wishes.length > 0 ? t("intro", { max: RECENT_WISHES_MAX }) : t("empty")}</p>
      {wishes.length > 0 ? (
        <ol className="space-y-4" aria-label={t("listLabel")}>
          {wishes.map((wish, index) => {
            const code = formatTrackingCode(wish.trackingCode);
            const current = wish === picked;
            return (
              <li
                key={wish.trackingCode}
                className={`space-y-2 rounded-lg bg-white p-4 ${current ? "border-4 border-brand" : "border-2 border-neutral-300"}`}
                data-testid="recent-wish"
              >
                <p className="text-lg font-semibold">{t("codeLabel")}</p>
                {/* One line, whatever the text size: sized to the screen, never broken. */}
                <p className="font-mono text-[min(7vw,2.75rem)] leading-tight font-bold tracking-wider whitespace-nowrap">
                  {code}
                </p>
                <p>
                  {t("submittedAt", { when: formatShanghaiDate(locale, wish.submittedAt, { withTime: true }) })}
                  {" · "}
                  {wish.hasPhone ? t("needsLast4") : t("codeOnly")}
                </p>
                <div className="flex flex-wrap gap-3">
                  {current ? (
                    <p className="inline-flex min-h-12 items-center font-bold">{t("checking")}</p>
                  ) : (
                    <LocaleLink
                      locale={locale}
                      href={`/wishes/mine?pick=${index}#track`}
                      className="inline-flex min-h-12 items-center justify-center rounded bg-brand px-6 text-lg font-bold text-white no-underline hover:bg-brand-dark"
                    >
                      {t("check")}
                    </LocaleLink>
                  )}
                  <ShareCodeButton label={t("share")} text={t("shareText", { code })} url={trackHref} />
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {/* The look-up form, starting with the chosen code. Without JavaScript it
          posts to the static tracking page, where a post's answer is rendered
          (a page read per request would resume a shell that drops it). */}
      <div id="track" className="scroll-mt-4">
        <ClientMessages locale={locale} namespaces={["forms", "track"]}>
          <TrackPanel
            locale={locale}
            permalink={trackHref}
            defaultCode={picked ? formatTrackingCode(picked.trackingCode) : ""}
          />
        </ClientMessages>
      </div>
      {wishes.length > 0 ? (
        <form action={forgetRecentWishesAction} className="space-y-2 rounded-lg border border-neutral-300 bg-white p-4">
          <h2 className="text-xl font-bold">{t("forgetHeading")}</h2>
          <p>{t("forgetHint")}</p>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="inline-flex min-h-12 items-center justify-center rounded border-2 border-brand bg-white px-6 text-lg font-bold text-brand"
          >
            {t("forget")}
          </button>
        </form>
      ) : null}
      <ul className="flex flex-wrap gap-x-6">
        <li>
          <LocaleLink locale={locale} href="/wishes/track" className={link}>
            {t("forgotLink")}
          </LocaleLink>
        </li>
        <li>
          <LocaleLink locale={locale} href="/wishes/new" className={link}>
            {t("submit")}
          </LocaleLink>
        </li>
      </ul>
    </div>
  );
}

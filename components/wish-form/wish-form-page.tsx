// The page around the wish form, shared by /wishes/new (where residents arrive)
// and /wishes/new/<attempt> (where the form posts to without JavaScript).
//
// Why two paths: with Cache Components, Next re-renders a page after a
// no-JavaScript Server Action by resuming the page's cached static shell, and
// React's resume cannot take the action's state (Next 16.4, React 19.3:
// resumeToFizzStream gets no formState). The form would come back empty, its
// messages and the resident's text gone. A path that has never been rendered
// for a GET has no cached shell, so the form posts to a fresh random one (React's
// useActionState permalink), where the state arrives intact.
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { KeepTypedOnToggle } from "@/components/keep-typed-on-toggle";
import { PageTop } from "@/components/page-top";
import type { DisplayMode } from "@/lib/display/display-mode";
import { localized } from "@/lib/i18n/localized";
import { localePath } from "@/lib/i18n/paths";
import { wishKinds } from "@/lib/wishes/wish-form-rules";
import { getWishPlace } from "@/lib/wishes/wish-place";
import { placeOnArrival } from "@/lib/wishes/wish-place-on-arrival";
import { MarketDayOverNotice } from "./market-day-over-notice";
import { WishAboutFields } from "./wish-about-fields";
import { WishAssistanceFields } from "./wish-assistance-fields";
import { WishContactFields } from "./wish-contact-fields";
import { WishFormArea } from "./wish-form-area";
import type { WishFormAction } from "./wish-form";

export type WishFormQuery = Record<string, string | string[] | undefined>;

/** One value of a query parameter (a repeated one is someone's typo: first wins). */
function single(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first.slice(0, 200) : null;
}

export async function WishFormPage({
  locale,
  display,
  query,
  attempt,
  action,
}: {
  locale: string;
  display: DisplayMode;
  query: WishFormQuery;
  /** The random path segment this render's form posts to without JavaScript. */
  attempt: string;
  action: WishFormAction;
}) {
  const t = await getTranslations({ locale, namespace: "wishForm" });
  const slug = single(query.marketDay);
  const stallId = single(query.stall);
  const linked = slug || stallId ? await getWishPlace(slug, stallId) : null;
  // A poster of a market day that is over files the wish under no stall (or
  // today's same stall) and says so; the clock is read per request (the callers
  // have awaited connection()).
  const { place, over, next } = await placeOnArrival(linked, new Date());
  // The home page's entries (出行协助, 服务点单) open the form with their kind
  // chosen: ?kind=assistance. Only a kind from the list; nothing personal ever
  // travels in the address.
  const kind = wishKinds.find((k) => k === single(query.kind));
  // Every rendered form gets its own idempotency key (the callers have awaited
  // connection(): randomness is never prerendered).
  const idempotencyKey = randomUUID();

  // Only a place that resolved and a known kind are carried on: the language
  // switch, "submit another" and the no-JavaScript post keep a resident at
  // their stall, on the kind they came for. The link's own place, not the one
  // the wish is filed under: after a language switch the notice is still there.
  const carried = new URLSearchParams({
    ...(linked ? { marketDay: linked.marketDay.slug } : {}),
    ...(linked?.stall ? { stall: linked.stall.id } : {}),
    ...(kind ? { kind } : {}),
  }).toString();
  const placeQuery = carried ? `?${carried}` : "";
  const path = `/wishes/new${placeQuery}`;
  const permalink = localePath(locale, `/wishes/new/${attempt}${placeQuery}`);
  const marketDayTitle = place ? localized(locale, place.marketDay.title, place.marketDay.titleEn) : "";

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageTop locale={locale} display={display} path={path} trail={[{ label: t("title") }]} title={t("title")} />
      <p className="text-lg">{t("intro")}</p>
      {over ? <MarketDayOverNotice locale={locale} over={over} next={next} movedToToday={place !== null} /> : null}
      {place ? (
        <div className="rounded-lg border-l-8 border-brand bg-white p-4">
          <p className="text-lg font-bold" data-testid="wish-place">
            {place.stall
              ? t("atStall", {
                  stall: localized(locale, place.stall.name, place.stall.nameEn),
                  marketDay: marketDayTitle,
                })
              : t("atMarketDay", { marketDay: marketDayTitle })}
          </p>
          {place.stall ? <p className="text-muted">{t("placeNote")}</p> : null}
        </div>
      ) : null}
      {/* The fields are rendered here, on the server: their labels and markup
          ship as HTML, not as JavaScript. The browser gets the form's shell,
          the kit's controls and the messages they can show. */}
      <ClientMessages locale={locale} namespaces={["forms", "wishForm"]}>
        <WishFormArea
          action={action}
          permalink={permalink}
          idempotencyKey={idempotencyKey}
          marketDay={place?.marketDay.slug ?? ""}
          stall={place?.stall?.id ?? ""}
          anotherHref={path}
          defaults={kind ? { kind } : undefined}
        >
          <WishAboutFields locale={locale} />
          <WishAssistanceFields locale={locale} />
          <WishContactFields locale={locale} />
        </WishFormArea>
      </ClientMessages>
      {/* A display toggle reloads the page: this keeps what was typed. */}
      <KeepTypedOnToggle />
    </div>
  );
}

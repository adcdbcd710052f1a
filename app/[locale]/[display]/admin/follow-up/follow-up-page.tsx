// The follow-up call queue (回访) as staff see it: who to call, oldest settlement
// first, with the masked phone, earlier unreached attempts, the logged contact
// reveal for roles that may see it, and the outcome form. Shared by page.tsx and
// [attempt]/page.tsx (the no-JavaScript postback, lib/forms/attempt.ts).
import { getTranslations } from "next-intl/server";
import { FollowUpForm } from "@/components/admin/follow-up/follow-up-form";
import { ClientMessages } from "@/components/client-messages";
import { RevealContactForm } from "@/components/admin/wishes/reveal-contact-form";
import { can, type Actor } from "@/lib/auth/permissions";
import { FOLLOW_UP_MAX_ATTEMPTS } from "@/lib/follow-up/follow-up-schema";
import { listFollowUpQueue } from "@/lib/follow-up/follow-up-queue";
import { Link } from "@/lib/i18n/navigation";
import { localePath } from "@/lib/i18n/paths";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { revealContactAction } from "../wishes/actions";
import { recordFollowUpAction } from "./actions";

const EXCERPT = 80;

export async function renderFollowUpPage({
  locale,
  actor,
  attempt,
}: {
  locale: string;
  actor: Actor;
  attempt: string;
}) {
  const t = await getTranslations({ locale, namespace: "adminFollowUp" });
  const queue = await listFollowUpQueue(actor);
  const permalink = localePath(locale, `/admin/follow-up/${attempt}`);
  const mayReveal = can(actor.role, "wish.revealContact");
  const date = (d: Date) => {
    const x = shanghaiDateText(locale, d);
    return <time dateTime={x.iso}>{x.text}</time>;
  };
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("intro", { days: queue.days, attempts: FOLLOW_UP_MAX_ATTEMPTS })}</p>
      <p className="text-lg font-semibold" role="status">
        {t("count", { count: queue.total })}
      </p>
      {queue.items.length === 0 ? <p className="text-lg">{t("empty")}</p> : null}
      {/* The queue's own texts for its client forms, beside what they share with
          the wish pages: the dashboard layout's list stays as it is. */}
      <ClientMessages locale={locale} namespaces={["forms", "adminWishes", "adminFollowUp"]}>
        <ol className="space-y-6">
          {queue.items.map((item) => {
            const headingId = `follow-up-${item.id}`;
            return (
              <li key={item.id}>
                <article aria-labelledby={headingId} className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
                  <h2 id={headingId} className="text-xl font-bold">
                    <Link href={`/admin/wishes/${item.id}`} className="inline-flex min-h-11 items-center underline">
                      <span className="font-mono">{formatTrackingCode(item.trackingCode)}</span>
                    </Link>
                  </h2>
                  <p className="text-lg">
                    {item.content.length > EXCERPT ? `${item.content.slice(0, EXCERPT)}…` : item.content}
                  </p>
                  <dl className="grid gap-x-4 text-lg sm:grid-cols-[10rem_1fr]">
                    <dt className="font-semibold">{t("settledAt")}</dt>
                    <dd>{date(item.settledAt)}</dd>
                    <dt className="font-semibold">{t("phone")}</dt>
                    <dd className="font-mono">{item.maskedPhone ?? t("none")}</dd>
                    <dt className="font-semibold">{t("attempts")}</dt>
                    <dd>
                      {item.lastAttemptAt ? (
                        <>
                          {t("attemptsMade", { count: item.attempts, max: FOLLOW_UP_MAX_ATTEMPTS })}
                          {" · "}
                          {t("lastAttempt")} {date(item.lastAttemptAt)}
                        </>
                      ) : (
                        t("noAttempts")
                      )}
                    </dd>
                  </dl>
                  {mayReveal ? (
                    <RevealContactForm wishId={item.id} action={revealContactAction} permalink={permalink} />
                  ) : null}
                  <FollowUpForm
                    action={recordFollowUpAction}
                    permalink={permalink}
                    wishId={item.id}
                    version={item.version}
                    code={formatTrackingCode(item.trackingCode)}
                  />
                </article>
              </li>
            );
          })}
        </ol>
      </ClientMessages>
    </div>
  );
}

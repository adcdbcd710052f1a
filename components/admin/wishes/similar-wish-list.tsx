"use client";

// The similar wishes on the staff wish page, each with a one-click merge: the
// button posts MARK_DUPLICATE through the one triage Server Action with the
// similar wish's tracking code in a hidden field, so nobody types a code. Plain
// forms: without JavaScript they post to the page's permalink (lib/forms/attempt.ts).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { useMessage } from "@/components/forms/field-parts";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import type { TriageFormAction } from "@/lib/wishes/triage-forms";

export interface SimilarWishView {
  id: string;
  /** Stored form, posted as the merge target. */
  trackingCode: string;
  /** Grouped for reading ("ABCD EFGH"). */
  codeText: string;
  statusLabel: string;
  dateText: string;
  excerpt: string;
  /** Why it is listed: "texts 45% alike", "same building", "same category", "3 said me too". */
  reasons: string[];
}

interface Done {
  action: TriageFormAction;
}
type TriageAction = (previous: FormState<Done>, form: FormData) => Promise<FormState<Done>>;

const idle = idleState<Done>();

export function SimilarWishList({
  items,
  wishId,
  version,
  canMerge,
  action,
  permalink,
  basePath,
}: {
  items: SimilarWishView[];
  wishId: string;
  version: number;
  canMerge: boolean;
  action: TriageAction;
  permalink: string;
  basePath: string;
}) {
  const t = useTranslations("adminWishes.similar");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idle, permalink);
  // The triage forms below share the action but not this state: only a merge
  // posted from here (it names its target) reports here.
  const mine = state.status === "ok" ? state.data?.action === "MARK_DUPLICATE" : Boolean(state.values?.originalCode);
  const shown = mine ? state : idle;
  const fieldError = shown.fieldErrors?.originalCode?.[0];
  return (
    <div className="space-y-3">
      <FormMessage state={shown} />
      {fieldError ? (
        <p role="alert" className="rounded border-2 border-brand-dark bg-white px-4 py-3 text-lg text-brand-dark">
          {message(fieldError)}
        </p>
      ) : null}
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id} className="space-y-2 rounded-lg border border-neutral-400 bg-white p-3">
            <p className="flex flex-wrap items-center gap-x-3">
              <Link
                href={`${basePath}/${item.id}`}
                className="inline-flex min-h-11 items-center font-mono text-lg text-brand underline"
              >
                {item.codeText}
              </Link>
              <span>{item.statusLabel}</span>
              <span className="text-muted">{item.dateText}</span>
            </p>
            <p className="text-lg">{item.excerpt}</p>
            <ul className="flex flex-wrap gap-2" aria-label={t("reasons")}>
              {item.reasons.map((r) => (
                <li key={r} className="rounded border border-ink px-2 text-base">
                  {r}
                </li>
              ))}
            </ul>
            {canMerge ? (
              <form action={formAction}>
                <input type="hidden" name="wishAction" value="MARK_DUPLICATE" />
                <input type="hidden" name="wishId" value={wishId} />
                <input type="hidden" name="expectedVersion" value={version} />
                <input type="hidden" name="originalCode" value={item.trackingCode} />
                <SubmitButton label={t("merge", { code: item.codeText })} />
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

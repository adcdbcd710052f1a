"use client";

// The inbox's one search box: a tracking code, a phone number or words. A plain
// POST form (works without JavaScript): what was typed goes in the request body
// only, and the action answers with a redirect (lib/wishes/inbox-search.ts). A
// code opens its wish, a phone lists its wishes (?phone=1, the hash in a
// cookie), words become ?q=. Only words are shown again; a code or a phone
// would have to travel in a URL.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleFormState, type FormState } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";

type SearchAction = (previous: FormState, form: FormData) => Promise<FormState>;

/** What the last search left in the address: a phone that was not a mobile number, a code that matched nothing. */
export type SearchProblem = "phoneInvalid" | "codeNotFound" | null;

function problemState(problem: SearchProblem, q: string): FormState {
  if (!problem) return { ...idleFormState, values: { q } };
  const key = problem === "phoneInvalid" ? "adminWishes.search.phoneInvalid" : "adminWishes.search.codeNotFound";
  return { status: "error", formError: "forms.errors.checkFields", fieldErrors: { q: [key] } };
}

/** `filter`: the inbox's other filters as a query string, kept by a word search. Key the form by the address. */
export function InboxSearchForm({
  action,
  q,
  filter,
  phoneActive,
  phoneSearch,
  problem,
}: {
  action: SearchAction;
  q: string;
  filter: string;
  phoneActive: boolean;
  /** Whether this role may find wishes by phone (wish.findByPhone); the label says only what works. */
  phoneSearch: boolean;
  problem: SearchProblem;
}) {
  const t = useTranslations("adminWishes");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, problemState(problem, q));
  const label = phoneSearch ? t("search.label") : t("search.labelNoPhone");
  return (
    <search aria-label={label} className="rounded-lg border-2 border-brand bg-white p-3">
      {phoneActive ? (
        <p role="status" className="mb-2 text-lg">
          {t("phoneLookup.active")}{" "}
          <Link href="/admin/wishes" className="inline-flex min-h-11 items-center text-brand underline">
            {t("phoneLookup.clear")}
          </Link>
        </p>
      ) : null}
      <form key={stateKey(state)} action={formAction} className="space-y-3" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="filter" value={filter} />
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <FormScope id="inbox-search" state={state}>
              <TextInput
                name="q"
                type="search"
                autoComplete="off"
                maxLength={100}
                label={label}
                hint={phoneSearch ? t("search.hint") : t("search.hintNoPhone")}
              />
            </FormScope>
          </div>
          <SubmitButton label={t("search.submit")} pendingLabel={t("phoneLookup.pending")} />
        </div>
      </form>
    </search>
  );
}

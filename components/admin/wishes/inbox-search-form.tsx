"use client";

// "Find by phone": a plain POST form (works without JavaScript). The number goes
// in the request body only; the action answers with a redirect either way: to
// ?phone=1, which lists the wishes with that exact number (its hash waits in a
// cookie), or to ?phone=invalid, which shows the reason here. The number is not
// shown again: it would have to travel in a URL.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleFormState, type FormState } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import { TRIAGE_LIMITS } from "@/lib/wishes/triage-schemas";

type LookupAction = (previous: FormState, form: FormData) => Promise<FormState>;

const invalidNumber: FormState = {
  status: "error",
  formError: "forms.errors.checkFields",
  fieldErrors: { phone: ["adminWishes.phoneLookup.invalid"] },
};

/** `invalid`: the last lookup was not a mobile number (?phone=invalid). Key the form by it. */
export function PhoneLookupForm({
  action,
  active,
  invalid,
}: {
  action: LookupAction;
  active: boolean;
  invalid: boolean;
}) {
  const t = useTranslations("adminWishes");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, invalid ? invalidNumber : idleFormState);
  return (
    <section aria-labelledby="phone-lookup-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
      <h2 id="phone-lookup-heading" className="text-2xl font-bold">
        {t("phoneLookup.heading")}
      </h2>
      {active ? (
        <p role="status" className="text-lg">
          {t("phoneLookup.active")}{" "}
          <Link href="/admin/wishes" className="inline-flex min-h-11 items-center text-brand underline">
            {t("phoneLookup.clear")}
          </Link>
        </p>
      ) : null}
      <form key={stateKey(state)} action={formAction} className="space-y-3" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        <FormScope id="phone-lookup" state={state}>
          <div className="max-w-sm">
            <TextInput
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="off"
              maxLength={TRIAGE_LIMITS.phone}
              required
              label={t("phoneLookup.label")}
              hint={t("phoneLookup.hint")}
            />
          </div>
        </FormScope>
        <SubmitButton label={t("phoneLookup.submit")} pendingLabel={t("phoneLookup.pending")} />
      </form>
    </section>
  );
}

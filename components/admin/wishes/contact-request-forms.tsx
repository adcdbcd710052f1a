"use client";

// A resident's PIPL request, handled by staff on the wish page: correct the
// contact details, or erase them (optionally with the wish text). Both ask for
// the request reference the audit row keeps. Erasing cannot be undone, so its
// form has an explicit confirmation box the action insists on; without
// JavaScript it works the same. Typed text survives every error (FormScope).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/choice-fields";
import { checkClass, FieldError } from "@/components/forms/field-parts";
import { FormScope, stateKey, useField } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { CONTACT_FIELDS, CONTACT_REQUEST_LIMITS } from "@/lib/wishes/contact-request-schemas";
import { LIMITS } from "@/lib/wishes/wish-form-rules";

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

interface Props {
  wishId: string;
  version: number;
  action: Action;
  permalink: string;
}

const MAX: Record<(typeof CONTACT_FIELDS)[number], number> = {
  name: LIMITS.name,
  phone: 20,
  building: LIMITS.building,
  pickupAddress: LIMITS.pickupAddress,
  destination: LIMITS.destination,
};

function Reference() {
  const t = useTranslations("adminWishes.privacy");
  return (
    <TextInput
      name="reference"
      label={t("reference")}
      hint={t("referenceHint")}
      required
      maxLength={CONTACT_REQUEST_LIMITS.reference}
    />
  );
}

export function CorrectContactForm({ wishId, version, action, permalink }: Props) {
  const t = useTranslations("adminWishes");
  const [state, formAction] = useActionState(action, idleState(), permalink);
  return (
    <form
      action={formAction}
      aria-labelledby="form-correct-contact-heading"
      className="space-y-4 rounded-lg border-2 border-ink bg-white p-4"
      noValidate
    >
      <h3 id="form-correct-contact-heading" className="text-xl font-bold">
        {t("privacy.correctHeading")}
      </h3>
      <p className="text-muted">{t("privacy.correctHint")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="wishId" value={wishId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <FormScope key={stateKey(state)} id="form-correct-contact" state={state}>
        {CONTACT_FIELDS.map((field) => (
          <TextInput
            key={field}
            name={field}
            label={t(`detail.${field}`)}
            type={field === "phone" ? "tel" : "text"}
            autoComplete="off"
            maxLength={MAX[field]}
          />
        ))}
        <Reference />
      </FormScope>
      <SubmitButton label={t("privacy.correctSubmit")} />
    </form>
  );
}

function ConfirmBox() {
  const t = useTranslations("adminWishes.privacy");
  const f = useField("confirm");
  return (
    <div>
      <FieldError id={f.errorId} errors={f.errors} />
      <label htmlFor={f.id} className="flex min-h-12 cursor-pointer items-start gap-3 text-lg">
        <input
          id={f.id}
          type="checkbox"
          name="confirm"
          value="on"
          aria-invalid={f.invalid || undefined}
          aria-describedby={f.errors?.length ? f.errorId : undefined}
          className={`mt-0.5 ${checkClass}`}
        />
        <span>{t("confirm")}</span>
      </label>
    </div>
  );
}

export function EraseContactForm({ wishId, version, action, permalink }: Props) {
  const t = useTranslations("adminWishes.privacy");
  const [state, formAction] = useActionState(action, idleState(), permalink);
  return (
    <form
      action={formAction}
      aria-labelledby="form-erase-contact-heading"
      className="space-y-4 rounded-lg border-4 border-brand bg-white p-4"
      noValidate
    >
      <h3 id="form-erase-contact-heading" className="text-xl font-bold">
        {t("eraseHeading")}
      </h3>
      <p className="text-muted">{t("eraseHint")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="wishId" value={wishId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <FormScope key={stateKey(state)} id="form-erase-contact" state={state} defaults={{ scope: "contact" }}>
        <RadioGroup
          name="scope"
          legend={t("scope")}
          required
          choices={[
            { value: "contact", label: t("scopeContact"), description: t("scopeContactHint") },
            { value: "all", label: t("scopeAll"), description: t("scopeAllHint") },
          ]}
        />
        <Reference />
        <ConfirmBox />
      </FormScope>
      <SubmitButton label={t("eraseSubmit")} />
    </form>
  );
}

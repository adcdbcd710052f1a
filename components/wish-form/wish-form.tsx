"use client";
// The micro-wish form. A plain <form> posting to a Server Action: with
// JavaScript it validates as you type (Conform, the same zod schema as the
// server) and submits without a page load; without JavaScript the server renders
// the action's state, so values, messages and the confirmation arrive as HTML.
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { getFormProps } from "@conform-to/react";
import { initialWishFormState, type WishFormState } from "@/lib/wishes/wish-form-state";
import { useErrorMessage } from "./form-controls";
import { useWishForm, type WishFields } from "./use-wish-form";
import { WishAboutFields } from "./wish-about-fields";
import { WishAssistanceFields } from "./wish-assistance-fields";
import { WishConfirmation } from "./wish-confirmation";
import { WishContactFields } from "./wish-contact-fields";

export type WishFormAction = (state: WishFormState, formData: FormData) => Promise<WishFormState>;

export interface WishFormProps {
  action: WishFormAction;
  /** Where the form posts without JavaScript (see wish-form-page.tsx). */
  permalink: string;
  idempotencyKey: string;
  /** Hidden QR fields, already resolved by the page ("" when none). */
  marketDay: string;
  stall: string;
  /** This page's path with its QR query, for "submit another" without JavaScript. */
  anotherHref: string;
  onAnother: (nextIdempotencyKey: string) => void;
}

/** Fields in page order, and the element each summary link jumps to. */
function summaryTargets(fields: WishFields): { name: string; target: string }[] {
  return [
    { name: "kind", target: `${fields.kind.id}-wish` },
    { name: "category", target: fields.category.id },
    { name: "content", target: fields.content.id },
    { name: "name", target: fields.name.id },
    { name: "phone", target: fields.phone.id },
    { name: "building", target: fields.building.id },
    { name: "consent", target: fields.consent.id },
    { name: "neededAt", target: fields.neededAt.id },
    { name: "mobility", target: `${fields.mobility.id}-wheelchair` },
    { name: "pickupAddress", target: fields.pickupAddress.id },
  ];
}

export function WishForm({ action, permalink, idempotencyKey, marketDay, stall, anotherHref, onAnother }: WishFormProps) {
  const t = useTranslations("wishForm");
  const message = useErrorMessage();
  const [state, formAction, pending] = useActionState(action, initialWishFormState, permalink);
  const [form, fields] = useWishForm(state.status === "invalid" ? state.result : undefined, formAction);
  const summary = useRef<HTMLDivElement>(null);

  const allErrors = form.allErrors;
  // Problems of the whole form only ever come from the server: read them from
  // the action's state, so they show (and take the focus) in the same render.
  const formErrors = state.status === "invalid" ? (state.result.error?.[""] ?? []) : [];
  const fieldErrors = summaryTargets(fields).flatMap(({ name, target }) => {
    const first = allErrors[name]?.[0];
    return first ? [{ name, target, key: first }] : [];
  });
  const attempted = state.status === "invalid" || form.status === "error";

  // Conform moves focus to the first invalid field; a problem of the whole form
  // (rate limit, server error) has no field, so its message takes the focus.
  useEffect(() => {
    const errors = state.status === "invalid" ? (state.result.error ?? {}) : {};
    if ((errors[""]?.length ?? 0) > 0 && Object.keys(errors).length === 1) summary.current?.focus();
  }, [state]);

  if (state.status === "submitted") {
    return (
      <WishConfirmation
        trackingCode={state.trackingCode}
        hasPhone={state.hasPhone}
        replyDays={state.replyDays}
        anotherHref={anotherHref}
        onAnother={() => onAnother(state.nextIdempotencyKey)}
      />
    );
  }

  const key = state.status === "invalid" ? state.idempotencyKey : idempotencyKey;
  const minutes = state.status === "invalid" && state.retryAfterSeconds ? Math.ceil(state.retryAfterSeconds / 60) : 1;
  const showSummary = attempted && (formErrors.length > 0 || fieldErrors.length > 0);

  return (
    <form {...getFormProps(form)} action={formAction} noValidate className="space-y-8">
      <p className="text-muted">{t("requiredNote")}</p>

      <div
        ref={summary}
        id={form.errorId}
        tabIndex={-1}
        role="alert"
        className={showSummary ? "space-y-2 rounded-lg border-4 border-brand-dark bg-white p-4 focus:outline-none" : "hidden"}
      >
        {showSummary && formErrors.length > 0 ? (
          <>
            <h2 className="text-xl font-bold text-brand-dark">{t("formErrorTitle")}</h2>
            {formErrors.map((key) => (
              <p key={key} className="text-lg">
                {message(key, { minutes })}
              </p>
            ))}
          </>
        ) : null}
        {showSummary && fieldErrors.length > 0 ? (
          <>
            <h2 className="text-xl font-bold text-brand-dark">{t("errorSummary", { count: fieldErrors.length })}</h2>
            <ul className="list-disc space-y-1 pl-6">
              {fieldErrors.map((error) => (
                <li key={error.name}>
                  <a href={`#${error.target}`} className="inline-flex min-h-11 items-center text-brand-dark underline">
                    {message(error.key)}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>

      <WishAboutFields fields={fields} />
      <WishAssistanceFields fields={fields} />
      <WishContactFields fields={fields} />

      <input type="hidden" name="marketDay" value={marketDay} />
      <input type="hidden" name="stall" value={stall} />
      <input type="hidden" name="idempotencyKey" value={key} />
      {/* Honeypot: off-screen, out of the tab order and hidden from assistive
          technology; people never fill it in, simple bots do. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto size-px overflow-hidden">
        <label htmlFor={`${form.id}-website`}>{t("website")}</label>
        <input id={`${form.id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button
        type="submit"
        disabled={pending}
        // Pressing the button would first blur the field being typed in; its
        // message would appear, push the button down and the tap would land
        // beside it. Keeping the focus where it is lets the press submit, and the
        // submission then shows every message at once.
        onMouseDown={(event) => event.preventDefault()}
        className="inline-flex min-h-14 w-full items-center justify-center rounded bg-brand px-8 text-xl font-bold text-white hover:bg-brand-dark disabled:opacity-80 sm:w-auto"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

"use client";
// The micro-wish form. A plain <form> posting to a Server Action: with
// JavaScript it checks fields as the resident types (the server's own rules)
// and submits without a page load; without JavaScript the server renders the
// action's state, so values, messages and the confirmation arrive as HTML.
// The fields themselves are rendered on the server (wish-form-page.tsx) and
// find their values and errors through the FormScope.
import {
  lazy,
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from "react";
import { useLocale, useTranslations } from "next-intl";
import { useMessage } from "@/components/forms/field-parts";
import { FormScope } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import type { FieldErrors, FormState } from "@/lib/forms/form-state";
import { idleState } from "@/lib/forms/form-state";
import type { FormInput } from "@/lib/forms/read-form";
import { checkWishForm, mobilityAids, returnTripChoices, WISH_FIELDS, wishKinds } from "@/lib/wishes/wish-form-rules";
import type { SubmittedWishData } from "@/lib/wishes/wish-form-state";
import { useLiveValidation } from "./use-live-validation";
import { WishTypingContext } from "./wish-typing";

// Only ever shown after a submission: its code loads then, not with the form.
// React's own lazy, not next/dynamic (1.5 KB gzip of loader for one component).
// No Suspense boundary of its own: after a submission the form stays, pending,
// until the confirmation can show, and the server's no-JavaScript render waits
// for it rather than streaming a fallback that needs a script to be replaced.
const WishConfirmation = lazy(() => import("./wish-confirmation").then((m) => ({ default: m.WishConfirmation })));

export type WishFormAction = (
  state: FormState<SubmittedWishData>,
  formData: FormData,
) => Promise<FormState<SubmittedWishData>>;

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
  /** What the form starts with: the kind a home-page entry chose (?kind=assistance). */
  defaults?: Record<string, string>;
  onAnother: (nextIdempotencyKey: string) => void;
  /** The fields, rendered on the server. */
  children: ReactNode;
}

const FORM_ID = "wish-form";
const NAMESPACE = "wishForm.errors";

/** The rules as the browser runs them: field errors only (the hidden fields are the server's business). */
function checkInBrowser(input: FormInput): FieldErrors {
  const { website: _honeypot, ...visible } = input;
  const checked = checkWishForm(visible);
  if (checked.ok) return {};
  const errors: FieldErrors = {};
  for (const [field, keys] of Object.entries(checked.problems))
    if (field) errors[field] = keys.map((key) => `${NAMESPACE}.${key}`);
  return errors;
}

/** The element a summary link jumps to: the field, or a group's first choice. */
function target(field: string): string {
  const groups: Record<string, string> = {
    kind: wishKinds[0],
    mobility: mobilityAids[0],
    returnTrip: returnTripChoices[0],
  };
  const first = groups[field];
  return first ? `${FORM_ID}-${field}-${first}` : `${FORM_ID}-${field}`;
}

function typingOf(values: Record<string, string> | undefined) {
  return { kind: values?.kind ?? "", contentLength: (values?.content ?? "").trim().length };
}

export function WishForm({
  action,
  permalink,
  idempotencyKey,
  marketDay,
  stall,
  anotherHref,
  defaults,
  onAnother,
  children,
}: WishFormProps) {
  const t = useTranslations("wishForm");
  const locale = useLocale();
  const message = useMessage();
  const [state, formAction, pending] = useActionState(action, idleState<SubmittedWishData>(), permalink);
  const live = useLiveValidation(checkInBrowser, state.fieldErrors);
  const [typing, setTyping] = useState(() => typingOf({ ...defaults, ...state.values }));
  const [attempted, setAttempted] = useState(state.status === "error");
  const summary = useRef<HTMLDivElement>(null);

  // The server found fields to fix (JavaScript came late, or the rules changed):
  // the list of them takes the focus, as a message of the whole form does.
  useEffect(() => {
    if (state.status === "error" && Object.keys(state.fieldErrors ?? {}).length > 0) summary.current?.focus();
  }, [state]);

  if (state.status === "ok" && state.data) {
    const { nextIdempotencyKey, ...confirmation } = state.data;
    return (
      <WishConfirmation {...confirmation} anotherHref={anotherHref} onAnother={() => onAnother(nextIdempotencyKey)} />
    );
  }

  const errors = live.errors;
  const toFix = WISH_FIELDS.filter((field) => errors[field]?.length);
  const showSummary = (attempted || state.status === "error") && toFix.length > 0;
  // "Check the marked fields" says less than the list itself.
  const formLevel = state.status === "error" && state.formError !== "forms.errors.checkFields";

  function onInput(event: FormEvent<HTMLFormElement>) {
    live.onInput(event);
    const field = event.target;
    if (field instanceof HTMLInputElement && field.name === "kind") setTyping((now) => ({ ...now, kind: field.value }));
    if (field instanceof HTMLTextAreaElement && field.name === "content")
      setTyping((now) => ({ ...now, contentLength: field.value.trim().length }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // React resets a <form action={…}> after every action, which would wipe what
    // the resident typed whenever the server answers with a problem (rate limit,
    // database error). Dispatching the action here keeps the fields as they are;
    // <form action> stays for browsers without JavaScript.
    event.preventDefault();
    setAttempted(true);
    if (!live.validateAll(event.currentTarget)) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <FormScope id={FORM_ID} state={{ ...state, fieldErrors: errors }} defaults={defaults}>
      <WishTypingContext.Provider value={typing}>
        <form
          id={FORM_ID}
          action={formAction}
          noValidate
          onBlur={(event) => live.onBlur(event)}
          onInput={onInput}
          onSubmit={onSubmit}
          className="space-y-8"
        >
          <p className="text-muted">{t("requiredNote")}</p>
          {formLevel ? <FormMessage state={state} /> : null}
          <div
            ref={summary}
            tabIndex={-1}
            role="alert"
            className={
              showSummary
                ? "space-y-2 rounded border-2 border-brand-dark bg-white px-4 py-3 text-lg focus:outline-none"
                : "hidden"
            }
          >
            {showSummary ? (
              <>
                <h2 className="text-xl font-bold text-brand-dark">{t("errorSummary", { count: toFix.length })}</h2>
                <ul className="list-disc space-y-1 pl-6">
                  {toFix.map((field) => (
                    <li key={field}>
                      <a
                        href={`#${target(field)}`}
                        className="inline-flex min-h-11 items-center text-brand-dark underline"
                      >
                        {message(errors[field]?.[0] ?? "")}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>

          {children}

          {/* The confirmation writes the date of an assistance request in the page's language. */}
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="marketDay" value={marketDay} />
          <input type="hidden" name="stall" value={stall} />
          <input type="hidden" name="idempotencyKey" value={state.values?.idempotencyKey ?? idempotencyKey} />
          {/* Honeypot: off-screen, out of the tab order and hidden from assistive
              technology; people never fill it in, simple bots do. */}
          <div aria-hidden="true" className="absolute -left-[10000px] top-auto size-px overflow-hidden">
            <label htmlFor={`${FORM_ID}-website`}>{t("website")}</label>
            <input
              id={`${FORM_ID}-website`}
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
            />
          </div>

          <SubmitButton label={t("submit")} pendingLabel={t("submitting")} pending={pending} />
        </form>
      </WishTypingContext.Provider>
    </FormScope>
  );
}

"use client";
// The wish form's Conform setup in one place, so the form's parts share one
// type for its fields.
import { startTransition, useSyncExternalStore } from "react";
import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";

export const WISH_FORM_ID = "wish-form";

export function useWishForm(lastResult: SubmissionResult<string[]> | undefined, dispatch: (formData: FormData) => void) {
  return useForm({
    id: WISH_FORM_ID,
    lastResult,
    // Check a field when the resident leaves it, then again on every keystroke
    // once it has shown an error, so the message goes away as soon as it is fixed.
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate({ formData }) {
      // A filled honeypot is the server's business: blocking it here would put
      // an error on a field nobody can see. (A copy: the form data itself is
      // what gets sent.)
      const visible = new FormData();
      for (const [name, value] of formData) if (name !== "website") visible.append(name, value);
      return parseWithZod(visible, { schema: wishFormSchema });
    },
    onSubmit(event, { formData }) {
      // React resets a <form action={…}> after every action, which would wipe
      // what the resident typed whenever the server answers with a problem
      // (rate limit, database error). Dispatching the action ourselves keeps the
      // fields as they are; <form action> stays for browsers without JavaScript.
      event.preventDefault();
      startTransition(() => dispatch(formData));
    },
  });
}

export type WishFormMeta = ReturnType<typeof useWishForm>[0];
export type WishFields = ReturnType<typeof useWishForm>[1];

const noSubscription = () => () => {};

/**
 * False in the server's HTML and while hydrating, true once JavaScript runs.
 * What only works with JavaScript (live counts, the copy button, hiding the
 * assistance fields until they apply) appears then; without it, the page
 * stays complete.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

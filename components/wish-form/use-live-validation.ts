"use client";
// Validation as the resident types, in a few lines instead of a form library
// (Conform with its zod adapter weighed more than the page's whole budget): a
// field is checked when the resident leaves it, then again on every keystroke
// once it has been checked, so its message goes away as soon as it is fixed. A
// submit checks every field. The rules are the server's own.
import { useState, type FocusEvent, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/forms/form-state";
import { readForm, type FormInput } from "@/lib/forms/read-form";

type Check = (input: FormInput) => FieldErrors;

function fieldName(target: EventTarget | null): string {
  return target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
    ? target.name
    : "";
}

interface Live {
  /** Fields already checked: the server's, then every one the resident has left. */
  checked: ReadonlySet<string>;
  errors: FieldErrors;
}

const fromServer = (errors: FieldErrors | undefined): Live => ({
  checked: new Set(Object.keys(errors ?? {})),
  errors: errors ?? {},
});

export function useLiveValidation(check: Check, serverErrors: FieldErrors | undefined) {
  const [server, setServer] = useState(serverErrors);
  const [live, setLive] = useState(() => fromServer(serverErrors));
  // A new answer from the server: its errors replace the ones found here.
  if (server !== serverErrors) {
    setServer(serverErrors);
    setLive(fromServer(serverErrors));
  }

  const update = (form: HTMLFormElement, names: string[]): FieldErrors => {
    const checked = new Set([...live.checked, ...names]);
    const all = check(readForm(new FormData(form)));
    setLive({ checked, errors: Object.fromEntries(Object.entries(all).filter(([name]) => checked.has(name))) });
    return all;
  };

  return {
    errors: live.errors,
    onBlur(event: FocusEvent<HTMLFormElement>) {
      const name = fieldName(event.target);
      // Pressing submit moves the focus to the button: its own check of every
      // field follows. Showing a message now would push the button down under
      // the finger, and the press would land beside it.
      const toSubmit = event.relatedTarget instanceof HTMLButtonElement && event.relatedTarget.type === "submit";
      if (name && !toSubmit) update(event.currentTarget, [name]);
    },
    onInput(event: FormEvent<HTMLFormElement>) {
      const name = fieldName(event.target);
      if (live.checked.has(name)) update(event.currentTarget, []);
    },
    /** Checks every field; false, with the focus on the first field to fix, when something is wrong. */
    validateAll(form: HTMLFormElement): boolean {
      const elements = [...form.elements];
      const all = update(form, elements.map(fieldName).filter(Boolean));
      const first = elements.find((element) => fieldName(element) in all);
      if (first instanceof HTMLElement) first.focus();
      return Object.keys(all).length === 0;
    },
  };
}

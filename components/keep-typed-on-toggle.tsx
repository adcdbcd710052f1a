"use client";

import { useEffect } from "react";

// The display toggles (大字 / 高对比) are plain forms that post to /api/display
// and come back to this page rendered in the new mode: a full reload, which
// would wipe what a resident had typed, phone number included. With JavaScript,
// this island copies the page's form values into sessionStorage just before a
// toggle posts, and puts them back once the page has reloaded. Without
// JavaScript the toggle still posts as before (only the typing is not kept).
//
// Privacy: the draft lives in this tab's sessionStorage only, is read back and
// deleted on the very next page load (or dropped when stale), and never
// touches a URL. Hidden fields (idempotency keys, codes sent back) and the
// honeypot are not copied: the new page has its own.

const KEY = "huiyin-toggle-draft";
/** A draft older than this was not left by a toggle's reload: drop it. */
const MAX_AGE_MS = 2 * 60 * 1000;
const SKIPPED_TYPES = new Set(["hidden", "password", "file", "submit", "button", "reset", "image"]);
const SKIPPED_NAMES = new Set(["website"]);

interface Field {
  form: number;
  name: string;
  value: string;
  checked?: boolean;
}
interface Draft {
  at: number;
  back: string;
  fields: Field[];
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function isToggle(form: HTMLFormElement): boolean {
  return new URL(form.action, location.href).pathname === "/api/display";
}

/** The page's own forms, in document order (their index identifies them after the reload). */
function pageForms(): HTMLFormElement[] {
  return Array.from(document.forms).filter((form) => !isToggle(form));
}

function controls(form: HTMLFormElement): Control[] {
  return Array.from(form.elements).filter(
    (el): el is Control =>
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) &&
      el.name !== "" &&
      !SKIPPED_NAMES.has(el.name) &&
      !(el instanceof HTMLInputElement && SKIPPED_TYPES.has(el.type)),
  );
}

function collect(back: string): Draft {
  const fields: Field[] = [];
  pageForms().forEach((form, index) => {
    for (const el of controls(form)) {
      if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
        fields.push({ form: index, name: el.name, value: el.value, checked: el.checked });
      } else if (el.value !== "") {
        fields.push({ form: index, name: el.name, value: el.value });
      }
    }
  });
  return { at: Date.now(), back, fields };
}

/**
 * Sets a value the way typing would, so React's change handlers (live
 * validation, fields that appear for one kind of wish) see it: React watches
 * the value property, so the prototype's own setter is used, then the events.
 */
function setValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(el, value);
  el.dispatchEvent(new Event("input", { bubbles: true }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

function restore(draft: Draft) {
  const forms = pageForms();
  for (const field of draft.fields) {
    const form = forms[field.form];
    if (!form) continue;
    for (const el of controls(form)) {
      if (el.name !== field.name) continue;
      if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
        // A click is what React listens to for these; it also fires change.
        if (el.value === field.value && el.checked !== field.checked) el.click();
      } else {
        setValue(el, field.value);
      }
    }
  }
}

function readDraft(): Draft | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft;
    return Date.now() - draft.at < MAX_AGE_MS ? draft : null;
  } catch {
    // Storage off (private mode in some WebViews) or a mangled entry: nothing to restore.
    return null;
  }
}

function here(): string {
  return location.pathname + location.search;
}

export function KeepTypedOnToggle() {
  useEffect(() => {
    const draft = readDraft();
    // Only on the page the toggle came back to (the attempt path of a
    // no-JavaScript post returns to the form's own address).
    if (draft && (draft.back === here() || draft.back === location.pathname)) restore(draft);

    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      try {
        if (isToggle(form)) {
          const back = (form.elements.namedItem("back") as HTMLInputElement | null)?.value ?? here();
          sessionStorage.setItem(KEY, JSON.stringify(collect(back)));
        } else {
          // The resident sent the form itself: no draft of it may outlive that.
          sessionStorage.removeItem(KEY);
        }
      } catch {
        // Storage full or off: the toggle still works, as it does without JavaScript.
      }
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, []);
  return null;
}

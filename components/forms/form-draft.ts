"use client";
// A draft of a form in this tab's sessionStorage, for forms whose words must
// survive a lost session: on-site entry, where a staff member types what a
// resident says and the session may end (30 minutes idle) before they send it.
// The sign-in page brings them back (next=), and the draft fills the form again.
// sessionStorage, not localStorage: it stays in this tab and goes with it, and
// nothing of it ever reaches an address or the server. Cleared on success.
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state";

type Draft = Record<string, string[]>;

function read(key: string): Draft | null {
  try {
    const raw = sessionStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === "object" ? (parsed as Draft) : null;
  } catch {
    // Storage switched off (private mode) or a broken entry: no draft.
    return null;
  }
}

function write(key: string, form: HTMLFormElement) {
  const draft: Draft = {};
  for (const element of Array.from(form.elements)) {
    // Hidden fields (idempotency key, ids) belong to the page the form came from.
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
      if (element instanceof HTMLSelectElement && element.name) draft[element.name] = [element.value];
      continue;
    }
    if (!element.name || element.type === "hidden" || element.type === "password") continue;
    const choice = element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox");
    if (choice && !element.checked) {
      draft[element.name] ??= [];
      continue;
    }
    (draft[element.name] ??= []).push(element.value);
  }
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Full or switched off: the form still works, only without a draft.
  }
}

function restore(form: HTMLFormElement, draft: Draft) {
  for (const element of Array.from(form.elements)) {
    if (!("name" in element) || typeof element.name !== "string") continue;
    const values = draft[element.name];
    if (!values) continue;
    if (element instanceof HTMLInputElement) {
      if (element.type === "hidden" || element.type === "password") continue;
      if (element.type === "radio" || element.type === "checkbox") element.checked = values.includes(element.value);
      else element.value = values[0] ?? "";
    } else if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
      element.value = values[0] ?? "";
    }
  }
}

/**
 * Keeps the form's draft under `key` while it is typed. A fresh form (idle)
 * takes the draft back; a success clears it. Returns the ref for the <form>.
 */
export function useFormDraft<Data>(key: string, state: FormState<Data>) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = ref.current;
    if (!form) return;
    if (state.status === "ok") {
      sessionStorage.removeItem(key);
    } else if (state.status === "idle") {
      const draft = read(key);
      if (draft) restore(form, draft);
    }
    const save = () => write(key, form);
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    return () => {
      form.removeEventListener("input", save);
      form.removeEventListener("change", save);
    };
  }, [key, state]);
  return ref;
}

"use client";
// Where a form's controls find their values and errors: the action's FormState,
// through a context, so typed text survives every error without each control
// being handed it. Several forms can share a page (a decision form per agenda
// item), so every control id is prefixed with the scope's id.
import { createContext, useContext, type ReactNode } from "react";
import type { FormState } from "@/lib/forms/form-state";

interface Scope {
  id: string;
  values: Record<string, string>;
  errors: Record<string, string[]>;
}

const ScopeContext = createContext<Scope>({ id: "form", values: {}, errors: {} });

export function FormScope<Data>({
  id,
  state,
  defaults,
  children,
}: {
  id: string;
  state: FormState<Data>;
  /** What the form shows before anything was typed (the record being edited). */
  defaults?: Record<string, string>;
  children: ReactNode;
}) {
  const values = { ...defaults, ...state.values };
  return (
    <ScopeContext.Provider value={{ id, values, errors: state.fieldErrors ?? {} }}>{children}</ScopeContext.Provider>
  );
}

export interface FieldInfo {
  id: string;
  hintId: string;
  errorId: string;
  value: string;
  errors: string[] | undefined;
  invalid: boolean;
  describedBy: string | undefined;
}

/** A control's id, value and errors; explicit errors (from Conform) win over the scope's. */
export function useField(name: string, options: { hint?: boolean; errors?: string[] } = {}): FieldInfo {
  const scope = useContext(ScopeContext);
  const id = `${scope.id}-${name}`;
  const errors = options.errors ?? scope.errors[name];
  const invalid = Boolean(errors?.length);
  const describedBy = [options.hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ");
  return {
    id,
    hintId: `${id}-hint`,
    errorId: `${id}-error`,
    value: scope.values[name] ?? "",
    errors,
    invalid,
    describedBy: describedBy || undefined,
  };
}

/** A new key per returned state remounts a form, so selects and checkboxes show the returned values. */
export function stateKey<Data>(state: FormState<Data>): string {
  return `${state.status}:${JSON.stringify(state.values ?? {})}`;
}

"use client";
// One DEAD or SKIPPED message's retry button, with its outcome under it.
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { idleFormState } from "@/lib/forms/form-state";
import { retryNotificationAction } from "./actions";

export function RetryButton({ id, label }: { id: string; label: string }) {
  const [state, run] = useActionState(retryNotificationAction, idleFormState);
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton label={label} />
      <FormMessage state={state} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { idleState } from "@/lib/forms/form-state";
import type { FormAction } from "@/lib/forms/staff-action";

const idle = idleState<undefined>();

/**
 * One button that posts a link's token: confirming by email and stopping both
 * take a press, never a page view (WeChat and mail scanners open links).
 */
export function TokenButton({
  action,
  token,
  locale,
  permalink,
  label,
  pendingLabel,
}: {
  action: FormAction<undefined>;
  token: string;
  locale: string;
  permalink: string;
  label: string;
  pendingLabel: string;
}) {
  const [state, post] = useActionState(action, idle, permalink);
  if (state.status === "ok") return <FormMessage state={state} />;
  return (
    <form action={post} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton label={label} pendingLabel={pendingLabel} />
    </form>
  );
}

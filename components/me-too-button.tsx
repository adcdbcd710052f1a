"use client";

// "Me too" (我也是) under a wish on the public wall. A plain form: it works
// without JavaScript (the page renders again with the answer) and with it (the
// count updates in place). The count shown first comes from the cached wall and
// may be a minute old; after a press it is the database's.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useMessage } from "@/components/forms/field-parts";
import { idleState, type FormState } from "@/lib/forms/form-state";

interface Counted {
  count: number;
  counted: boolean;
}
type SupportAction = (previous: FormState<Counted>, form: FormData) => Promise<FormState<Counted>>;

const idle = idleState<Counted>();

export function MeTooButton({
  wishId,
  count,
  open,
  action,
}: {
  wishId: string;
  count: number;
  /** Only open wishes take a "me too"; an answered one just shows its count. */
  open: boolean;
  action: SupportAction;
}) {
  const t = useTranslations("wall.meToo");
  const message = useMessage();
  const [state, formAction, pending] = useActionState(action, idle);
  const shown = state.status === "ok" && state.data ? state.data.count : count;
  const said = state.status === "ok";
  const countText = t("count", { count: shown });
  if (!open) return shown > 0 ? <p className="text-muted">{countText}</p> : null;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="wishId" value={wishId} />
      <button
        type="submit"
        disabled={pending || said}
        aria-pressed={said}
        className="inline-flex min-h-12 items-center rounded border-2 border-brand bg-white px-4 text-lg font-semibold text-brand hover:bg-paper disabled:opacity-80"
      >
        {said ? t("said") : t("button")}
      </button>
      <span aria-live="polite" className="text-lg">
        {countText}
        {said && state.data && !state.data.counted ? ` · ${t("already")}` : ""}
      </span>
      {state.status === "error" && state.formError ? (
        <p role="alert" className="w-full font-semibold text-brand-dark">
          {message(state.formError, state.formErrorValues)}
        </p>
      ) : null}
      {state.status === "error" && state.fieldErrors?.wishId?.[0] ? (
        <p role="alert" className="w-full font-semibold text-brand-dark">
          {message(state.fieldErrors.wishId[0])}
        </p>
      ) : null}
    </form>
  );
}

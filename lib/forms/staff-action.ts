// The wrapper every dashboard Server Action is made with. It always runs, in
// this order: session → permission (with the record's community, when the form
// names a record) → parse → service → state. Who asks comes first: a
// signed-out or unauthorised request learns nothing, not even which fields it
// got wrong. Modelled on dub's safe-action client and t3's protectedProcedure.
import "server-only";
import { refresh } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { assertCan, type Action } from "@/lib/auth/permissions";
import { getActor, type StaffActor } from "@/lib/auth/session";
import { ActionError, toErrorState } from "./action-error";
import type { FormState } from "./form-state";
import { formValues, readForm, type FormInput } from "./read-form";
import { fieldErrorsFromZod } from "./zod-errors";
import { ensureWorkingCalendar } from "@/lib/deadlines/working-calendar";

export interface ActionContext {
  /** What was typed, as strings for the form (secret fields left out). */
  values: Record<string, string>;
  /** The page's language, from the form's hidden "locale" field. */
  locale: "zh-CN" | "en";
}

interface StaffActionConfig<S extends z.ZodType, R, Data> {
  /** Names the action in logs ("refer wish"); never anything typed. */
  name: string;
  permission: Action;
  /**
   * The community of the record the form names, read before parsing so that
   * another community's staff get 403 without their input being looked at;
   * null when it does not exist. Services check it again inside their
   * transaction. Leave out for actions that create inside the actor's own community.
   */
  record?: (input: FormInput) => Promise<{ communityId: string } | null>;
  schema: S;
  /** The messages namespace the schema's error keys are relative to ("adminContent.errors"). */
  messages: string;
  /** Fields never sent back to the page (passwords). */
  secret?: readonly string[];
  /** The signed-in person, with their session (re-authentication, "my other sessions"). */
  run: (actor: StaffActor, data: z.infer<S>, context: ActionContext) => Promise<R>;
  /**
   * The state after success. May call redirect() (it runs outside the error
   * handling, since redirect works by throwing).
   */
  done: (result: R, context: ActionContext) => FormState<Data>;
  /** Re-render the page around the form (lists, timelines) after success. */
  refreshPage?: boolean;
}

export type FormAction<Data = undefined> = (previous: FormState<Data>, form: FormData) => Promise<FormState<Data>>;

export function localeOf(input: FormInput): "zh-CN" | "en" {
  return input.locale === "en" ? "en" : "zh-CN";
}

export function staffAction<S extends z.ZodType, R, Data = undefined>(
  config: StaffActionConfig<S, R, Data>,
): FormAction<Data> {
  return async (_previous, form) => {
    const input = readForm(form);
    const context: ActionContext = { values: formValues(input, config.secret), locale: localeOf(input) };
    let result: R;
    try {
      const actor = await getActor();
      assertCan(actor, config.permission);
      if (config.record) {
        const record = await config.record(input);
        if (!record) throw new ActionError("forms.errors.notFound");
        assertCan(actor, config.permission, record);
      }
      // Due dates in forms are checked against the working-day calendar.
      await ensureWorkingCalendar();
      const parsed = config.schema.safeParse(input);
      if (!parsed.success) return invalidState(parsed.error, config.messages, context.values);
      result = await config.run(actor, parsed.data, context);
    } catch (error) {
      unstable_rethrow(error);
      return toErrorState(error, context.values, config.name);
    }
    if (config.refreshPage) refresh();
    return config.done(result, context);
  };
}

/** A schema's verdict as the form's state: errors next to the fields, a summary on top. */
export function invalidState<Data>(
  error: z.ZodError,
  namespace: string,
  values: Record<string, string>,
): FormState<Data> {
  const { "": formLevel, ...fieldErrors } = fieldErrorsFromZod(error, namespace);
  return { status: "error", formError: formLevel?.[0] ?? "forms.errors.checkFields", fieldErrors, values };
}

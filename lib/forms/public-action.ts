// The wrapper for residents' Server Actions (the wish form, tracking, rating):
// rate limit → parse → service → state. The limit is checked before anything
// is parsed, so a flood of junk costs no parsing; what it charges is the
// caller's choice (the wish form only charges a valid, new wish, so a resident
// correcting mistakes with JavaScript off never uses up their attempts).
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requestIdentity } from "@/lib/rate-limit/request-identity";
import { ensureWorkingCalendar } from "@/lib/deadlines/working-calendar";
import { toErrorState } from "./action-error";
import type { FormState } from "./form-state";
import { formValues, readForm, type FormInput } from "./read-form";
import { invalidState, localeOf, type ActionContext, type FormAction } from "./staff-action";

export type RequestIdentity = Awaited<ReturnType<typeof requestIdentity>>;

export interface PublicContext extends ActionContext {
  identity: RequestIdentity;
}

interface PublicActionConfig<S extends z.ZodType, R, Data> {
  name: string;
  /**
   * null when the caller may go on; otherwise the seconds until they may try
   * again. The raw input is there for a limit that lets a retry through (a
   * wish whose idempotency key is already stored gets its first answer).
   */
  limit?: (identity: RequestIdentity, input: FormInput) => Promise<number | null>;
  schema: S;
  messages: string;
  secret?: readonly string[];
  run: (data: z.infer<S>, context: PublicContext) => Promise<R>;
  done: (result: R, context: PublicContext) => FormState<Data>;
  /** Lets a form add to an error state (a fresh key, a hint); the values stay. */
  onError?: (state: FormState<Data>, context: PublicContext) => FormState<Data>;
}

export function publicAction<S extends z.ZodType, R, Data = undefined>(
  config: PublicActionConfig<S, R, Data>,
): FormAction<Data> {
  return async (_previous, form) => {
    const input = readForm(form);
    const context: PublicContext = {
      values: formValues(input, config.secret),
      locale: localeOf(input),
      identity: await requestIdentity(),
    };
    const fail = (state: FormState<Data>) => (config.onError ? config.onError(state, context) : state);
    let result: R;
    try {
      const retryAfterSeconds = config.limit ? await config.limit(context.identity, input) : null;
      if (retryAfterSeconds !== null) {
        return fail({
          status: "error",
          formError: "forms.errors.rateLimited",
          formErrorValues: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) },
          values: context.values,
        });
      }
      // Due dates in forms (a unit's extension) are checked against the working-day calendar.
      await ensureWorkingCalendar();
      const parsed = config.schema.safeParse(input);
      if (!parsed.success) return fail(invalidState(parsed.error, config.messages, context.values));
      result = await config.run(parsed.data, context);
    } catch (error) {
      unstable_rethrow(error);
      return fail(toErrorState(error, context.values, config.name));
    }
    return config.done(result, context);
  };
}

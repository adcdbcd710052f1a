// The actions of the content records (market days, stalls, partner units) differ
// only in their schema, services and address: this makes their staffAction
// configurations from those, so each actions.ts says no more than that. The
// action files still write `staffAction({ permission: "content.manage", … })`
// themselves: the authorisation matrix reads the permission there.
import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/forms/form-state";
import { textOf, type FormInput } from "@/lib/forms/read-form";
import type { ActionContext } from "@/lib/forms/staff-action";
import { localePath } from "@/lib/i18n/paths";
import { CONTENT_MESSAGES } from "./content-errors";

type Lookup = (id: string) => Promise<{ communityId: string } | null>;

/** A status step (publish, cancel) posts the record's id and nothing to parse. */
const NO_FIELDS = z.object({});

/**
 * @param path the records' dashboard address ("/admin/content/stalls"); logs name the actions by it
 * @param schema the record's form schema, its messages relative to "adminContent.errors"
 * @param lookup the community of the record a form names (its hidden "id"), null when there is none
 */
export function contentRecord<S extends z.ZodType>(path: string, schema: S, lookup: Lookup) {
  /** Acting on the record the form names: its community is checked before parsing. */
  const edit = <T extends z.ZodType>(
    name: string,
    fields: T,
    run: (actor: Actor, id: string, values: z.infer<T>) => Promise<unknown>,
    message: string,
  ) => ({
    name: `${name} ${path}`,
    schema: fields,
    messages: CONTENT_MESSAGES,
    record: (input: FormInput) => lookup(textOf(input, "id")),
    // The record check above found this id, so it is a uuid of the actor's community.
    run: (actor: Actor, values: z.infer<T>, { values: typed }: ActionContext) => run(actor, typed.id ?? "", values),
    done: (_result: unknown, { values: typed }: ActionContext): FormState => ({ status: "ok", message, values: typed }),
    // The heading, the status and the lists around the form show what was saved.
    refreshPage: true,
  });

  return {
    /** Creates, then goes to the new record's page, which says it was created. */
    create: (create: (actor: Actor, values: z.infer<S>) => Promise<{ id: string }>) => ({
      name: `create ${path}`,
      schema,
      messages: CONTENT_MESSAGES,
      run: create,
      done: ({ id }: { id: string }, { locale }: ActionContext): FormState =>
        redirect(localePath(locale, `${path}/${id}?created=1`)),
    }),
    /** Saves the form over the record, and says so. */
    update: (update: (actor: Actor, id: string, values: z.infer<S>) => Promise<unknown>) =>
      edit("update", schema, update, "adminContent.common.saved"),
    /** A step with no fields (publish, cancel), and the message that says it was taken. */
    step: (name: string, step: (actor: Actor, id: string) => Promise<unknown>, message: string) =>
      edit(name, NO_FIELDS, (actor, id) => step(actor, id), message),
  };
}

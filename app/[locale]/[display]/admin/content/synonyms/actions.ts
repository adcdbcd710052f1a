"use server";

// Search-synonym Server Actions: add one, remove one. Both re-render the page,
// whose list shows the change; neither leaves the page, since staff usually add
// several words in a row.
import { CONTENT_MESSAGES } from "@/lib/content/content-errors";
import type { FormState } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/read-form";
import { staffAction } from "@/lib/forms/staff-action";
import { addSynonym } from "@/lib/search-synonyms/add-synonym";
import { synonymCommunity } from "@/lib/search-synonyms/admin-queries";
import { removeSynonym } from "@/lib/search-synonyms/remove-synonym";
import { synonymFormSchema, synonymIdSchema } from "@/lib/search-synonyms/synonym-form-schema";

/** The outcome names the term; no values go back, so the add form starts empty again. */
const said =
  (message: string) =>
  ({ term }: { term: string }): FormState => ({ status: "ok", message, messageValues: { term } });

export const addSynonymAction = staffAction({
  name: "add /admin/content/synonyms",
  permission: "content.manage",
  schema: synonymFormSchema,
  messages: CONTENT_MESSAGES,
  run: addSynonym,
  done: said("adminContent.synonyms.added"),
  refreshPage: true,
});

export const removeSynonymAction = staffAction({
  name: "remove /admin/content/synonyms",
  permission: "content.manage",
  record: (input) => synonymCommunity(textOf(input, "id")),
  schema: synonymIdSchema,
  messages: CONTENT_MESSAGES,
  run: (actor, { id }) => removeSynonym(actor, id),
  done: said("adminContent.synonyms.removed"),
  refreshPage: true,
});

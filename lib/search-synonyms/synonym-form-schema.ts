// The synonym form of the dashboard (内容管理 → 搜索近义词), shared by the form
// and its Server Action: one everyday term, and the words stalls use for it,
// typed as staff write a list in Chinese or English (理发、义剪 / haircut, barber)
// or one per line. Both are stored normalised as Stall.searchText is, since that
// is the text they are matched against.
import { z } from "zod";
import { normalizeSearchText } from "@/lib/stalls/search-text";

export const SYNONYM_LIMITS = { term: 20, word: 20, words: 8 } as const;

const WORD_SEPARATORS = /[\r\n、,，;；]+/;

const normalized = (v: unknown) => (typeof v === "string" ? normalizeSearchText(v) : v);

const splitWords = (v: unknown): unknown =>
  typeof v === "string" ? [...new Set(v.split(WORD_SEPARATORS).map(normalizeSearchText).filter(Boolean))] : v;

export const synonymFormSchema = z
  .object(
    {
      term: z.preprocess(
        normalized,
        z
          .string({ message: "required" })
          .min(1, { message: "required" })
          .max(SYNONYM_LIMITS.term, { message: "tooLong" }),
      ),
      expandsTo: z.preprocess(
        splitWords,
        z
          .array(z.string().max(SYNONYM_LIMITS.word, { message: "tooLong" }), { message: "required" })
          .min(1, { message: "required" })
          .max(SYNONYM_LIMITS.words, { message: "tooMany" }),
      ),
    },
    { message: "invalid" },
  )
  .transform((values, ctx) => {
    // The term is searched for anyway: listing it again says nothing.
    const expandsTo = values.expandsTo.filter((word) => word !== values.term);
    if (expandsTo.length === 0) {
      ctx.addIssue({ code: "custom", path: ["expandsTo"], message: "sameAsTerm" });
      return z.NEVER;
    }
    return { term: values.term, expandsTo };
  });

export type SynonymFormValues = z.output<typeof synonymFormSchema>;

/** The remove button posts the synonym's id and nothing else. */
export const synonymIdSchema = z.object({ id: z.uuid({ message: "invalid" }) }, { message: "invalid" });

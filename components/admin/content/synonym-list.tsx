"use client";
// The community's search synonyms, each with a link that tries it on the public
// directory and a button that removes it. All the buttons share one action
// state, shown above the table: the row just removed is gone after the page
// refreshes, and its outcome must not go with it.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { tableLinkClass } from "@/components/admin/content/content-heading";
import { FormMessage } from "@/components/forms/form-status";
import { RemoveRowForm } from "./remove-row-form";
import { idleFormState } from "@/lib/forms/form-state";
import type { FormAction } from "@/lib/forms/staff-action";
import { Link } from "@/lib/i18n/navigation";
import type { SynonymRow } from "@/lib/search-synonyms/admin-queries";

interface Props {
  synonyms: readonly SynonymRow[];
  /** Where the forms post without JavaScript (lib/content/form-postback.ts). */
  postback: string;
  removeAction: FormAction;
  /** "、" in Chinese, ", " in English. */
  separator: string;
}

export function SynonymList({ synonyms, postback, removeAction, separator }: Props) {
  const t = useTranslations("adminContent.synonyms");
  const [state, remove, removing] = useActionState(removeAction, idleFormState, postback);
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {synonyms.length === 0 ? (
        <p className="text-lg">{t("empty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-lg">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("term")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("expandsTo")}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {synonyms.map((s) => (
                <tr key={s.id} className="border-b border-ink/30 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {s.term}
                  </th>
                  <td className="py-2 pr-4">{s.expandsTo.join(separator)}</td>
                  <td className="py-2">
                    <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
                      <Link href={`/stalls?q=${encodeURIComponent(s.term)}`} className={tableLinkClass}>
                        {t("tryIt")}
                        <span className="sr-only">{t("quoted", { term: s.term })}</span>
                      </Link>
                      <RemoveRowForm
                        action={remove}
                        name="id"
                        value={s.id}
                        label={t("remove")}
                        rowName={t("quoted", { term: s.term })}
                        disabled={removing}
                      />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

"use client";
// The community's deadline targets, each with what it covers, its three
// numbers and a button that removes it (the next less specific row, or the
// defaults, then apply). All the buttons share one action state, shown above
// the table, as on the synonym list.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-status";
import { RemoveRowForm } from "./remove-row-form";
import { idleFormState } from "@/lib/forms/form-state";
import type { FormAction } from "@/lib/forms/staff-action";

export interface DeadlineTargetView {
  id: string;
  /** "All kinds · Legal" as the reader reads it. */
  covers: string;
  firstReplyDays: number;
  unitAnswerDays: number;
  settlementDays: number;
}

interface Props {
  rows: readonly DeadlineTargetView[];
  postback: string;
  removeAction: FormAction;
}

export function DeadlineTargetList({ rows, postback, removeAction }: Props) {
  const t = useTranslations("adminContent.deadlines");
  const [state, remove, removing] = useActionState(removeAction, idleFormState, postback);
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {rows.length === 0 ? (
        <p className="text-lg">{t("empty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-lg">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("covers")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("fields.firstReplyDays")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("fields.unitAnswerDays")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("fields.settlementDays")}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-ink/30 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {r.covers}
                  </th>
                  <td className="py-2 pr-4">{t("days", { count: r.firstReplyDays })}</td>
                  <td className="py-2 pr-4">{t("days", { count: r.unitAnswerDays })}</td>
                  <td className="py-2 pr-4">{t("days", { count: r.settlementDays })}</td>
                  <td className="py-2">
                    <RemoveRowForm
                      action={remove}
                      name="id"
                      value={r.id}
                      label={t("remove")}
                      rowName={t("quoted", { covers: r.covers })}
                      disabled={removing}
                    />
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

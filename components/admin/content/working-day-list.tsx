"use client";
// The days entered by admins, from this year on, each with a remove button. All
// the buttons share one action state, shown above the table.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-status";
import { RemoveRowForm } from "./remove-row-form";
import { idleFormState } from "@/lib/forms/form-state";
import type { FormAction } from "@/lib/forms/staff-action";

export interface WorkingDayView {
  day: string;
  /** The date as the reader reads it. */
  dayText: string;
  working: boolean;
  name: string;
}

export function WorkingDayList({
  rows,
  postback,
  removeAction,
}: {
  rows: readonly WorkingDayView[];
  postback: string;
  removeAction: FormAction;
}) {
  const t = useTranslations("adminContent.calendar");
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
                  {t("fields.day")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("fields.working")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("fields.name")}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.day} className="border-b border-ink/30 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    <time dateTime={r.day}>{r.dayText}</time>
                  </th>
                  <td className="py-2 pr-4">{r.working ? t("fields.workday") : t("fields.holiday")}</td>
                  <td className="py-2 pr-4">{r.name}</td>
                  <td className="py-2">
                    <RemoveRowForm
                      action={remove}
                      name="day"
                      value={r.day}
                      label={t("remove")}
                      rowName={t("quoted", { day: r.dayText })}
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

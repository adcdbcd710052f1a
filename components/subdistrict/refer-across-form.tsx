"use client";
// The subdistrict's referral form (issue 14 §4): a subdistrict-level unit, the
// due date (proposed from the community's targets, in working days), a note for
// the resident and one for staff. Posts without JavaScript too; typed text
// survives every error (ContentForm's FormScope).
import { useTranslations } from "next-intl";
import { ContentForm, type ContentFormProps } from "@/components/admin/content/content-form";
import { DateTimeInput, Select, TextArea } from "@/components/forms/text-fields";
import { TRIAGE_LIMITS } from "@/lib/wishes/triage-schemas";

export function ReferAcrossForm({
  units,
  version,
  ...props
}: ContentFormProps & { units: { value: string; label: string }[]; version: number }) {
  const t = useTranslations("subdistrict.refer");
  return (
    <ContentForm scope="refer-across" {...props}>
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="grid gap-4 md:grid-cols-2">
        <Select name="referralOrgId" label={t("unit")} required options={units} />
        <DateTimeInput name="referralDueAt" type="date" label={t("due")} required />
      </div>
      <TextArea name="publicNote" label={t("publicNote")} maxLength={TRIAGE_LIMITS.reply} rows={3} />
      <TextArea name="internalNote" label={t("internalNote")} maxLength={TRIAGE_LIMITS.note} rows={3} />
    </ContentForm>
  );
}

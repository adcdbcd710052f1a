// The fields of an assistance request (出行协助), rendered on the server inside
// the fieldset that shows them only for that kind (wish-typing.tsx).
import { getTranslations } from "next-intl/server";
import { CheckboxGroup } from "@/components/forms/choice-fields";
import { DateTimeInput, TextInput } from "@/components/forms/text-fields";
import { LIMITS, mobilityAids } from "@/lib/wishes/wish-form-rules";
import { AssistanceFieldset } from "./wish-typing";

export async function WishAssistanceFields({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "wishForm" });
  return (
    <AssistanceFieldset>
      <p>{t("assistance.intro")}</p>
      <DateTimeInput
        name="neededAt"
        type="datetime-local"
        label={t("neededAt.label")}
        hint={t("neededAt.hint")}
        required
      />
      <CheckboxGroup
        name="mobility"
        legend={t("mobility.legend")}
        required
        columns
        choices={mobilityAids.map((aid) => ({ value: aid, label: t(`mobility.${aid}`) }))}
      />
      <TextInput
        name="pickupAddress"
        label={t("pickupAddress.label")}
        hint={t("pickupAddress.hint")}
        maxLength={LIMITS.pickupAddress}
        autoComplete="off"
      />
    </AssistanceFieldset>
  );
}

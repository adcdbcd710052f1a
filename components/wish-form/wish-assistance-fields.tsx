// The fields of an assistance request (出行协助), rendered on the server inside
// the fieldset that shows them only for that kind (wish-typing.tsx): when, what
// help, where to pick the resident up, where to go and whether to come back.
import { getTranslations } from "next-intl/server";
import { CheckboxGroup, RadioGroup } from "@/components/forms/choice-fields";
import { DateTimeInput, TextInput } from "@/components/forms/text-fields";
import { toShanghaiIso } from "@/lib/time/shanghai";
import { LIMITS, mobilityAids, returnTripChoices } from "@/lib/wishes/wish-form-rules";
import { AssistanceFieldset } from "./wish-typing";

export async function WishAssistanceFields({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "wishForm" });
  // The date picker greys out the past (Shenzhen time; the page is rendered per
  // request). The form is noValidate, so the rules still give the message.
  const now = toShanghaiIso(new Date()).slice(0, 16);
  return (
    <AssistanceFieldset>
      <p>{t("assistance.intro")}</p>
      <DateTimeInput
        name="neededAt"
        type="datetime-local"
        label={t("neededAt.label")}
        hint={t("neededAt.hint")}
        min={now}
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
      <TextInput
        name="destination"
        label={t("destination.label")}
        hint={t("destination.hint")}
        maxLength={LIMITS.destination}
        autoComplete="off"
      />
      <RadioGroup
        name="returnTrip"
        legend={t("returnTrip.legend")}
        hint={t("returnTrip.hint")}
        columns
        choices={returnTripChoices.map((choice) => ({ value: choice, label: t(`returnTrip.${choice}`) }))}
      />
    </AssistanceFieldset>
  );
}

"use client";
// The fields of an assistance request (出行协助). With JavaScript they appear
// only once "help getting out" is chosen; without it they are always there,
// under a legend saying they are only for that kind of request.
import { useTranslations } from "next-intl";
import { getCollectionProps, getInputProps } from "@conform-to/react";
import { LIMITS, mobilityAids } from "@/lib/wishes/wish-form-schema";
import { checkClass, controlClass, FieldError, Hint, RequiredMark } from "./form-controls";
import { useHydrated, type WishFields } from "./use-wish-form";

export function WishAssistanceFields({ fields }: { fields: WishFields }) {
  const t = useTranslations("wishForm");
  const hydrated = useHydrated();
  const { kind, neededAt, mobility, pickupAddress } = fields;
  // Hidden and disabled, not unmounted: typed values survive switching the kind
  // back and forth, and a hidden field is neither submitted nor validated.
  const hidden = hydrated && kind.value !== "assistance";
  const neededHint = `${neededAt.id}-hint`;
  const pickupHint = `${pickupAddress.id}-hint`;

  return (
    <fieldset hidden={hidden} disabled={hidden} className="space-y-4 rounded-lg border-2 border-brand bg-white p-4">
      <legend className="px-1 text-xl font-bold">{hydrated ? t("assistance.legend") : t("assistance.legendNoScript")}</legend>
      <p>{t("assistance.intro")}</p>

      <div>
        <label htmlFor={neededAt.id} className="text-lg font-semibold">
          {t("neededAt.label")}
          <RequiredMark />
        </label>
        <Hint id={neededHint}>{t("neededAt.hint")}</Hint>
        <input
          {...getInputProps(neededAt, { type: "datetime-local", ariaDescribedBy: neededHint })}
          className={controlClass(Boolean(neededAt.errors))}
        />
        <FieldError id={neededAt.errorId} errors={neededAt.errors} />
      </div>

      <fieldset>
        <legend className="text-lg font-semibold">
          {t("mobility.legend")}
          <RequiredMark />
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {getCollectionProps(mobility, { type: "checkbox", options: [...mobilityAids] }).map(({ key, ...props }) => (
            <label key={key ?? props.value} htmlFor={props.id} className="flex min-h-12 cursor-pointer items-center gap-3 text-lg">
              <input {...props} className={checkClass} />
              {t(`mobility.${props.value}`)}
            </label>
          ))}
        </div>
        <FieldError id={mobility.errorId} errors={mobility.errors} />
      </fieldset>

      <div>
        <label htmlFor={pickupAddress.id} className="text-lg font-semibold">
          {t("pickupAddress.label")}
        </label>
        <Hint id={pickupHint}>{t("pickupAddress.hint")}</Hint>
        <input
          {...getInputProps(pickupAddress, { type: "text", ariaDescribedBy: pickupHint })}
          maxLength={LIMITS.pickupAddress}
          autoComplete="off"
          className={controlClass(Boolean(pickupAddress.errors))}
        />
        <FieldError id={pickupAddress.errorId} errors={pickupAddress.errors} />
      </div>
    </fieldset>
  );
}

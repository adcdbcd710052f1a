"use client";
// Contact details, all optional (PIPL: collect the minimum), the anonymous
// option, the consent with its short notice, and the public-wall choice.
import { useTranslations } from "next-intl";
import { getInputProps } from "@conform-to/react";
import { Link } from "@/lib/i18n/navigation";
import { LIMITS } from "@/lib/wishes/wish-form-schema";
import { checkClass, controlClass, FieldError, Hint } from "./form-controls";
import type { WishFields } from "./use-wish-form";

type TextFieldName = "name" | "phone" | "building";

const textFields: { name: TextFieldName; type: "text" | "tel"; autoComplete: string; maxLength?: number }[] = [
  { name: "name", type: "text", autoComplete: "name", maxLength: LIMITS.name },
  // Not "tel-national": WeChat's browser fills "tel" from the phone's own number.
  { name: "phone", type: "tel", autoComplete: "tel" },
  { name: "building", type: "text", autoComplete: "address-line2", maxLength: LIMITS.building },
];

export function WishContactFields({ fields }: { fields: WishFields }) {
  const t = useTranslations("wishForm");
  const { anonymous, consent } = fields;
  const consentNotice = `${consent.id}-notice`;

  return (
    <>
      <fieldset className="space-y-4 rounded-lg border-2 border-neutral-300 bg-white p-4">
        <legend className="px-1 text-xl font-bold">{t("contact.legend")}</legend>
        <p>{t("contact.intro")}</p>
        {textFields.map(({ name, type, autoComplete, maxLength }) => {
          const field = fields[name];
          const hint = `${field.id}-hint`;
          return (
            <div key={name}>
              <label htmlFor={field.id} className="text-lg font-semibold">
                {t(`${name}.label`)}
              </label>
              <Hint id={hint}>{t(`${name}.hint`)}</Hint>
              <input
                {...getInputProps(field, { type, ariaDescribedBy: hint })}
                autoComplete={autoComplete}
                maxLength={maxLength}
                {...(type === "tel" ? { inputMode: "tel" as const } : {})}
                className={controlClass(Boolean(field.errors))}
              />
              <FieldError id={field.errorId} errors={field.errors} />
            </div>
          );
        })}
        <div>
          <label htmlFor={anonymous.id} className="flex min-h-12 cursor-pointer gap-3">
            <input {...getInputProps(anonymous, { type: "checkbox", ariaDescribedBy: `${anonymous.id}-hint` })} className={checkClass} />
            <span className="text-lg font-semibold">{t("anonymous.label")}</span>
          </label>
          <Hint id={`${anonymous.id}-hint`}>{t("anonymous.hint")}</Hint>
        </div>
      </fieldset>

      <div className="rounded-lg border-2 border-neutral-300 bg-white p-4">
        <label htmlFor={consent.id} className="flex min-h-12 cursor-pointer gap-3">
          <input {...getInputProps(consent, { type: "checkbox", ariaDescribedBy: consentNotice })} className={checkClass} />
          <span className="text-lg font-semibold">{t("consent.label")}</span>
        </label>
        <FieldError id={consent.errorId} errors={consent.errors} />
        <div id={consentNotice} className="mt-1 text-muted">
          <p>{t("consent.hint")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {(["what", "why", "who", "howLong"] as const).map((item) => (
              <li key={item}>
                <strong className="font-semibold text-ink">{t(`consent.notice.${item}Label`)}</strong>
                {t(`consent.notice.${item}`)}
              </li>
            ))}
          </ul>
        </div>
        <p className="mt-1">
          <Link href="/privacy" className="inline-flex min-h-11 items-center text-brand underline">
            {t("consent.privacyLink")}
          </Link>
        </p>
      </div>

      <div>
        <label htmlFor={fields.public.id} className="flex min-h-12 cursor-pointer gap-3">
          <input {...getInputProps(fields.public, { type: "checkbox", ariaDescribedBy: `${fields.public.id}-hint` })} className={checkClass} />
          <span className="text-lg font-semibold">{t("public.label")}</span>
        </label>
        <Hint id={`${fields.public.id}-hint`}>{t("public.hint")}</Hint>
      </div>
    </>
  );
}

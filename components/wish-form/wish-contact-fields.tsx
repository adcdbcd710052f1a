// Contact details, optional except the phone of an assistance request (PIPL:
// collect the minimum), an optional email, the consent to messages, the consent with its short notice right under the phone
// (where a resident who has just typed a number meets it, not as an error two
// screens later), the anonymous option and the public-wall choice.
// Rendered on the server; the kit's controls take values and errors from the
// form's FormScope.
import { getTranslations } from "next-intl/server";
import { TextInput } from "@/components/forms/text-fields";
import { Link } from "@/lib/i18n/navigation";
import { LIMITS } from "@/lib/wishes/wish-form-rules";
import { CheckboxField } from "./checkbox-field";
import { NotForAssistance, PhoneInput } from "./wish-typing";

export async function WishContactFields({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "wishForm" });
  return (
    <>
      <fieldset className="space-y-4 rounded-lg border-2 border-neutral-300 bg-white p-4">
        <legend className="px-1 text-xl font-bold">{t("contact.legend")}</legend>
        <p>{t("contact.intro")}</p>
        <TextInput
          name="name"
          label={t("name.label")}
          hint={t("name.hint")}
          autoComplete="name"
          maxLength={LIMITS.name}
        />
        <TextInput
          name="building"
          label={t("building.label")}
          hint={t("building.hint")}
          autoComplete="address-line2"
          maxLength={LIMITS.building}
        />
        <PhoneInput label={t("phone.label")} hint={t("phone.hint")} assistanceHint={t("phone.assistanceHint")} />
        <div className="rounded border-2 border-brand bg-paper p-3">
          <CheckboxField
            name="consent"
            label={t("consent.label")}
            hint={
              <>
                <p>{t("consent.hint")}</p>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {(["what", "why", "who", "howLong"] as const).map((item) => (
                    <li key={item}>
                      <strong className="font-semibold text-ink">{t(`consent.notice.${item}Label`)}</strong>
                      {t(`consent.notice.${item}`)}
                    </li>
                  ))}
                </ul>
              </>
            }
          />
          <p className="mt-1">
            <Link href="/privacy" className="inline-flex min-h-11 items-center text-brand underline">
              {t("consent.privacyLink")}
            </Link>
          </p>
        </div>
        {/* After the consent box: the consent must sit right under the phone, where
            a resident who has just typed a number meets it. */}
        <TextInput
          name="email"
          type="email"
          label={t("email.label")}
          hint={t("email.hint")}
          autoComplete="email"
          maxLength={LIMITS.email}
        />
        {/* Its own consent (issue 13): keeping a number to call is not agreeing to
            be sent messages, and either can be given without the other. */}
        <CheckboxField name="messages" label={t("messages.label")} hint={t("messages.hint")} />
        <NotForAssistance>
          <CheckboxField name="anonymous" label={t("anonymous.label")} hint={t("anonymous.hint")} />
        </NotForAssistance>
      </fieldset>

      <CheckboxField name="public" label={t("public.label")} hint={t("public.hint")} />
    </>
  );
}

// What the wish is: its kind (with a plain one-line explanation of each), its
// category (optional: staff categorise what a resident cannot place) and the text itself, with a live count once JavaScript runs.
// Rendered on the server; the kit's controls take values and errors from the
// form's FormScope.
import { getTranslations } from "next-intl/server";
import { RadioGroup } from "@/components/forms/choice-fields";
import { Select, TextArea } from "@/components/forms/text-fields";
import { wishCategories, wishKinds } from "@/lib/wishes/wish-form-rules";
import { ContentCount } from "./wish-typing";

export async function WishAboutFields({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "wishForm" });
  return (
    <>
      <RadioGroup
        name="kind"
        legend={t("kind.legend")}
        required
        choices={wishKinds.map((kind) => ({
          value: kind,
          label: t(`kind.${kind}`),
          description: t(`kind.${kind}Hint`),
        }))}
      />
      <Select
        name="category"
        label={t("category.label")}
        hint={t("category.hint")}
        placeholder={t("category.choose")}
        options={wishCategories.map((category) => ({ value: category, label: t(`category.${category}`) }))}
      />
      <TextArea
        name="content"
        label={t("content.label")}
        required
        rows={6}
        hint={
          <>
            {t("content.hint")}
            <ContentCount />
          </>
        }
      />
    </>
  );
}

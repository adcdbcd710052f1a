"use client";
// What the wish is: its kind (with a plain one-line explanation of each), its
// category and the text itself, with a live character count when JavaScript runs.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { getCollectionProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { LIMITS, wishCategories, wishKinds } from "@/lib/wishes/wish-form-schema";
import { checkClass, controlClass, FieldError, Hint, RequiredMark } from "./form-controls";
import { useHydrated, type WishFields } from "./use-wish-form";

export function WishAboutFields({ fields }: { fields: WishFields }) {
  const t = useTranslations("wishForm");
  const hydrated = useHydrated();
  const { kind, category, content } = fields;
  const initialContent = typeof content.initialValue === "string" ? content.initialValue : "";
  const [length, setLength] = useState(initialContent.trim().length);
  const contentHint = `${content.id}-hint`;
  const contentCount = `${content.id}-count`;

  return (
    <>
      <fieldset className="space-y-2">
        <legend className="text-xl font-bold">
          {t("kind.legend")}
          <RequiredMark />
        </legend>
        {getCollectionProps(kind, { type: "radio", options: [...wishKinds] }).map(({ key, ...props }) => {
          const title = `${props.id}-title`;
          const hint = `${props.id}-hint`;
          // The whole card is the tap target; the name is the kind alone and
          // its one-line explanation is the description, read after it.
          const describedBy = [props["aria-describedby"], hint].filter(Boolean).join(" ");
          return (
            <label
              key={key ?? props.value}
              htmlFor={props.id}
              className="flex cursor-pointer gap-3 rounded-lg border-2 border-neutral-300 bg-white p-3 has-[:checked]:border-brand has-[:checked]:bg-[#fdf0ee]"
            >
              <input {...props} aria-labelledby={title} aria-describedby={describedBy} className={checkClass} />
              <span>
                <span id={title} className="block text-lg font-semibold">
                  {t(`kind.${props.value}`)}
                </span>
                <span id={hint} className="block text-muted">
                  {t(`kind.${props.value}Hint`)}
                </span>
              </span>
            </label>
          );
        })}
        <FieldError id={kind.errorId} errors={kind.errors} />
      </fieldset>

      <div>
        <label htmlFor={category.id} className="text-xl font-bold">
          {t("category.label")}
          <RequiredMark />
        </label>
        <select {...getSelectProps(category)} aria-required="true" className={controlClass(Boolean(category.errors))}>
          <option value="">{t("category.choose")}</option>
          {wishCategories.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
        <FieldError id={category.errorId} errors={category.errors} />
      </div>

      <div>
        <label htmlFor={content.id} className="text-xl font-bold">
          {t("content.label")}
          <RequiredMark />
        </label>
        <Hint id={contentHint}>{t("content.hint")}</Hint>
        <textarea
          {...getTextareaProps(content, { ariaDescribedBy: hydrated ? `${contentHint} ${contentCount}` : contentHint })}
          rows={6}
          aria-required="true"
          onInput={(event) => setLength(event.currentTarget.value.trim().length)}
          className={controlClass(Boolean(content.errors))}
        />
        {hydrated ? (
          <p id={contentCount} className={length > LIMITS.contentMax ? "font-semibold text-brand-dark" : "text-muted"}>
            {t("content.count", { count: length })}
          </p>
        ) : null}
        <FieldError id={content.errorId} errors={content.errors} />
      </div>
    </>
  );
}

"use client";
// A text in Chinese and its English twin ("title" and "titleEn"), side by side in
// the form's two-column grid, labelled from the form's messages ("title",
// "titleEn"). Chinese is the primary language and may be required; English is
// always optional, and marked as English for screen readers and spell checkers.
import { TextArea, TextInput } from "@/components/forms/text-fields";

interface Props {
  /** The form's field labels ("adminContent.stalls.fields"). */
  t: (key: string) => string;
  name: string;
  required?: boolean;
  maxLength?: number;
  /** A hint under the Chinese field, and one under the English field. */
  hint?: string;
  hintEn?: string;
  /** Rows of a textarea; a one-line input without. */
  rows?: number;
}

export function BilingualFields({ t, name, required, maxLength, hint, hintEn, rows }: Props) {
  const zh = { name, label: t(name), hint, required, maxLength };
  const en = { name: `${name}En`, label: t(`${name}En`), hint: hintEn, maxLength, lang: "en" };
  if (rows) {
    return (
      <>
        <TextArea {...zh} rows={rows} />
        <TextArea {...en} rows={rows} />
      </>
    );
  }
  return (
    <>
      <TextInput {...zh} />
      <TextInput {...en} />
    </>
  );
}

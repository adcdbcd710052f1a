// zod building blocks shared by the dashboard's content forms. Every message is
// an i18n key relative to "adminContent.errors" (the namespace the actions pass).
// Inputs arrive as FormData strings (or arrays of strings for repeated fields);
// nothing here may throw on odd input.
import { z } from "zod";

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const emptyToUndefined = (v: unknown) => (typeof v === "string" ? v.trim() || undefined : v);

/** Chinese (the primary language): required. */
export const requiredText = (max: number) =>
  z.preprocess(
    trimmed,
    z.string({ message: "required" }).min(1, { message: "required" }).max(max, { message: "tooLong" }),
  );

/** English and other optional text: empty becomes null, so clearing a field clears the column. */
export const optionalText = (max: number) =>
  z
    .preprocess(emptyToUndefined, z.string({ message: "invalid" }).max(max, { message: "tooLong" }).optional())
    .transform((v) => v ?? null);

/** URL keys: lower-case letters, digits and single hyphens ("2024-05-18-spring-market"). */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugField = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z
      .string({ message: "required" })
      .min(1, { message: "required" })
      .max(max, { message: "tooLong" })
      .regex(SLUG_PATTERN, { message: "slugFormat" }),
  );

/**
 * Repeated fields (checkboxes) send one value each; one ticked box is a plain
 * string. A string is also split on newlines, the way lists travel back to the
 * form (formValues in lib/forms/read-form.ts): ids and enum values never contain one.
 */
export const asList = (v: unknown): unknown => {
  if (v === undefined || v === null) return [];
  const items = Array.isArray(v) ? v : typeof v === "string" ? v.split("\n") : [v];
  return [...new Set(items.filter((x) => x !== ""))];
};

/** A textarea with one entry per line (stall services). */
export const linesField = (maxItems: number, maxLength: number) =>
  z.preprocess(
    (v) =>
      v === undefined || v === null
        ? []
        : typeof v === "string"
          ? v
              .split(/\r?\n/)
              .map((line) => line.trim())
              .filter(Boolean)
          : v,
    z
      .array(z.string({ message: "invalid" }).max(maxLength, { message: "tooLong" }), { message: "invalid" })
      .max(maxItems, { message: "tooMany" }),
  );

export const uuidList = (maxItems: number) =>
  z.preprocess(
    asList,
    z.array(z.uuid({ message: "invalid" }), { message: "invalid" }).max(maxItems, { message: "tooMany" }),
  );

/** A whole number typed in a text field: "1,500" and "１５００" are accepted. */
const toInteger = (v: unknown) => {
  if (typeof v !== "string") return v;
  const text = v.normalize("NFKC").replace(/[\s,]/g, "");
  return text === "" ? undefined : /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
};

export const requiredInteger = (min: number, max: number) =>
  z.preprocess(
    toInteger,
    z
      .number({ message: "required" })
      .int({ message: "invalid" })
      .min(min, { message: "outOfRange" })
      .max(max, { message: "outOfRange" }),
  );

export const optionalInteger = (min: number, max: number) =>
  z
    .preprocess(
      toInteger,
      z
        .number({ message: "invalid" })
        .int({ message: "invalid" })
        .min(min, { message: "outOfRange" })
        .max(max, { message: "outOfRange" })
        .optional(),
    )
    .transform((v) => v ?? null);

/** A decimal such as a latitude; empty means "not known". */
export const optionalDecimal = (min: number, max: number) =>
  z
    .preprocess(
      (v) => {
        if (typeof v !== "string") return v;
        const text = v.normalize("NFKC").trim();
        return text === "" ? undefined : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
      },
      z
        .number({ message: "invalid" })
        .min(min, { message: "outOfRange" })
        .max(max, { message: "outOfRange" })
        .optional(),
    )
    .transform((v) => v ?? null);

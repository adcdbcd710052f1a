// How many SMS segments a text takes. Any Chinese character (and the sign
// name's 【】) puts a message in UCS-2: 70 characters fit one SMS, and a longer
// one is sent as parts of 67 (3 go to the concatenation header). Counted in
// UTF-16 code units, as the networks count.
const SINGLE_SEGMENT = 70;
const PART_SEGMENT = 67;

export function smsSegments(text: string): number {
  return text.length <= SINGLE_SEGMENT ? 1 : Math.ceil(text.length / PART_SEGMENT);
}

/** At most `max` characters, with "…" when something was cut; whitespace runs become one space. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

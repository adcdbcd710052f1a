import type { WishStatus } from "@/lib/db/generated/enums";

// Text on a tint, no icon: the word carries the meaning, the colour only groups
// (open, settled, merged). Every pair is at least 7:1, so the badge stays
// readable in the high-contrast mode as well.
const TINT: Record<WishStatus, string> = {
  SUBMITTED: "border-[#1e3a8a] bg-[#e8eefc] text-[#172554]",
  REFERRED: "border-[#854d0e] bg-[#fdf3d8] text-[#422006]",
  ESCALATED: "border-[#854d0e] bg-[#fdf3d8] text-[#422006]",
  DECIDED: "border-[#854d0e] bg-[#fdf3d8] text-[#422006]",
  REOPENED: "border-[#9a3412] bg-[#fde9dc] text-[#431407]",
  SETTLED: "border-[#166534] bg-[#e3f4e8] text-[#052e16]",
  DUPLICATE: "border-ink bg-[#ececec] text-ink",
};

/** The state of a wish as a word in a badge; `label` is the translated status. */
export function WishStatusBadge({
  status,
  label,
  large = false,
}: {
  status: WishStatus;
  label: string;
  large?: boolean;
}) {
  return (
    <span
      className={`inline-block rounded-lg border-2 font-bold leading-snug ${large ? "px-4 py-1 text-xl" : "px-3 text-base"} ${TINT[status]}`}
    >
      {label}
    </span>
  );
}

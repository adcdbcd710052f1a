"use client";
// The remove button of one row in an admin list (search synonyms, deadline
// targets, holiday days): a plain form posting the row's key to the list's
// shared remove action. The visible label is the same on every row, so the
// row's name follows it for screen readers.
export function RemoveRowForm({
  action,
  name,
  value,
  label,
  rowName,
  disabled,
}: {
  action: (form: FormData) => void;
  /** The hidden field the remove action reads ("id", "day"). */
  name: string;
  value: string;
  label: string;
  /** Read after the label: "删除“理发”". */
  rowName: string;
  disabled: boolean;
}) {
  return (
    <form action={action}>
      <input type="hidden" name={name} value={value} />
      <button
        type="submit"
        disabled={disabled}
        className="inline-flex min-h-11 items-center rounded border-2 border-brand-dark bg-white px-4 font-semibold text-brand-dark hover:bg-paper disabled:opacity-70"
      >
        {label}
        <span className="sr-only">{rowName}</span>
      </button>
    </form>
  );
}

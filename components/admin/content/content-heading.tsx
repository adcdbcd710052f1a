// The top of every content page: a way back, the page's one h1, and after a
// create (the action redirects with ?created=1) the note that it was created.
import { Link } from "@/lib/i18n/navigation";

export function ContentHeading({
  back,
  title,
  created,
}: {
  back: { href: string; label: string };
  title: string;
  /** The "created" note's text, on the page a create lands on. */
  created?: string;
}) {
  return (
    <div className="space-y-2">
      <Link href={back.href} className="inline-flex min-h-11 items-center text-lg text-brand underline">
        <span aria-hidden="true">←&nbsp;</span>
        {back.label}
      </Link>
      <h1 className="text-3xl font-bold">{title}</h1>
      {created ? (
        <p
          role="status"
          className="rounded border-2 border-green-800 bg-green-50 px-4 py-3 text-lg font-semibold text-green-900"
        >
          {created}
        </p>
      ) : null}
    </div>
  );
}

export const buttonLinkClass =
  "inline-flex min-h-12 items-center justify-center rounded bg-brand px-6 text-lg font-semibold text-white no-underline hover:bg-brand-dark";
export const tableLinkClass = "inline-flex min-h-11 min-w-11 items-center text-brand underline";

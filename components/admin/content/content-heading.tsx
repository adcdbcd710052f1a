// The top of every content page: a way back and the page's one h1.
import { Link } from "@/lib/i18n/navigation";

export function ContentHeading({ back, title }: { back: { href: string; label: string }; title: string }) {
  return (
    <div className="space-y-2">
      <Link href={back.href} className="inline-flex min-h-11 items-center text-lg text-brand underline">
        <span aria-hidden="true">←&nbsp;</span>
        {back.label}
      </Link>
      <h1 className="text-3xl font-bold">{title}</h1>
    </div>
  );
}

export const buttonLinkClass =
  "inline-flex min-h-12 items-center justify-center rounded bg-brand px-6 text-lg font-semibold text-white no-underline hover:bg-brand-dark";
export const tableLinkClass = "inline-flex min-h-11 min-w-11 items-center text-brand underline";

import { getTranslations } from "next-intl/server";
import type { StaffActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { navItemsFor } from "./admin-nav-items";

interface Props {
  actor: StaffActor;
  locale: string;
  /** Server Action that clears the session (passed in: it lives with the sign-in page). */
  signOutAction: (form: FormData) => Promise<void>;
}

/** Who is signed in, the sign-out button and the sections this role may use. */
export async function AdminHeader({ actor, locale, signOutAction }: Props) {
  const t = await getTranslations({ locale, namespace: "adminAuth" });
  return (
    <section aria-label={t("header.label")} className="rounded-lg border-2 border-ink bg-white print:hidden">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b-2 border-ink px-3 py-2">
        <p className="text-lg">
          <span className="font-bold">{t("header.title")}</span>
          <span className="mx-2" aria-hidden="true">
            ·
          </span>
          <span>{t("header.signedInAs", { name: actor.displayName, role: t(`header.roles.${actor.role}`) })}</span>
        </p>
        <form action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded border-2 border-brand bg-white px-4 font-semibold text-brand hover:bg-paper"
          >
            {t("header.signOut")}
          </button>
        </form>
      </div>
      <nav aria-label={t("nav.label")} className="px-1 py-1">
        <ul className="flex flex-wrap">
          {navItemsFor(actor.role).map((item) => (
            <li key={item.key}>
              <Link
                href={item.href}
                className="inline-flex min-h-11 items-center rounded px-3 text-lg text-brand underline-offset-4 hover:underline"
              >
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}

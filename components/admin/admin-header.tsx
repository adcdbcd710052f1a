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
    // One row on a tablet or wider (the inbox's first screen must reach the
    // wishes); the parts wrap on a phone.
    <section
      aria-label={t("header.label")}
      className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-lg border-2 border-ink bg-white px-3 py-1 print:hidden"
    >
      <p className="text-lg">
        <span className="font-bold">{t("header.title")}</span>
        <span className="mx-2" aria-hidden="true">
          ·
        </span>
        <span>{t("header.signedInAs", { name: actor.displayName, role: t(`header.roles.${actor.role}`) })}</span>
      </p>
      <nav aria-label={t("nav.label")}>
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
      <form action={signOutAction} className="ml-auto">
        <input type="hidden" name="locale" value={locale} />
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded border-2 border-brand bg-white px-4 font-semibold text-brand hover:bg-paper"
        >
          {t("header.signOut")}
        </button>
      </form>
    </section>
  );
}

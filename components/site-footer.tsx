import { getTranslations } from "next-intl/server";
import { getOfficeContact } from "@/lib/community-office/queries";

/**
 * The footer, with the community office's phone and hours: the one number a
 * resident needs when anything goes wrong (a lost tracking code among them).
 * `withOffice` is false for the build's placeholder render, which must not
 * touch the database.
 */
export async function SiteFooter({ locale, withOffice }: { locale: string; withOffice: boolean }) {
  const t = await getTranslations({ locale, namespace: "site" });
  const office = withOffice ? await getOfficeContact(locale) : null;
  return (
    <footer className="mt-12 border-t border-neutral-300 bg-white print:hidden">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-muted">
        {office ? (
          <p data-testid="footer-office">
            {t("officePhone")}{" "}
            <a
              href={`tel:${office.phone.replace(/[^\d+]/g, "")}`}
              className="inline-flex min-h-11 items-center whitespace-nowrap text-brand underline"
            >
              {office.phone}
            </a>
            {office.hours ? (
              <>
                {" · "}
                {t("officeHours")} {office.hours}
              </>
            ) : null}
          </p>
        ) : null}
        <p>{t("footer")}</p>
      </div>
    </footer>
  );
}

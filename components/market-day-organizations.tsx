import { getTranslations } from "next-intl/server";
import { LocaleLink } from "./locale-link";
import { localized } from "@/lib/i18n/localized";
import { MarketDayRole } from "@/lib/db/generated/enums";
import type { MarketDayDetail } from "@/lib/market-days/queries";

const ROLE_ORDER = Object.values(MarketDayRole);

/** Organiser, co-organiser and partner units, each linking to its page. */
export async function MarketDayOrganizations({
  locale,
  organizations,
}: {
  locale: string;
  organizations: MarketDayDetail["organizations"];
}) {
  const t = await getTranslations({ locale, namespace: "marketDays" });
  const groups = ROLE_ORDER.map((role) => ({ role, orgs: organizations.filter((o) => o.role === role) })).filter(
    (g) => g.orgs.length > 0,
  );
  return (
    <dl className="space-y-3">
      {groups.map(({ role, orgs }) => (
        <div key={role}>
          <dt className="font-semibold">{t(`role.${role}`)}</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-4 gap-y-2">
              {orgs.map((org) => (
                <li key={org.id}>
                  <LocaleLink
                    locale={locale}
                    href={`/organizations/${org.id}`}
                    className="inline-flex min-h-11 items-center text-brand underline"
                  >
                    {localized(locale, org.name, org.nameEn)}
                  </LocaleLink>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}

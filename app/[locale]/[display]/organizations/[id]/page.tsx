import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MarketDayDate } from "@/components/market-day-date";
import { PageTop } from "@/components/page-top";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { LocaleLink } from "@/components/locale-link";
import { localized } from "@/lib/i18n/localized";
import { getOrganization, type OrganizationDetail } from "@/lib/organizations/queries";
import { getUnitAccountability } from "@/lib/organizations/unit-accountability";
import { UnitFiguresList } from "@/components/referrals/unit-figures";
import { isUuid } from "@/lib/uuid";

type Props = PageProps<"/[locale]/[display]/organizations/[id]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

/** The organisation, or a 404 for a malformed id (PostgreSQL would reject it with an error). */
async function loadOrganization(params: Props["params"]): Promise<OrganizationDetail> {
  const { id } = await params;
  const organization = isUuid(id) ? await getOrganization(id) : null;
  if (!organization) notFound();
  return organization;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await publicPage(params);
  const organization = await loadOrganization(params);
  return { title: localized(locale, organization.name, organization.nameEn) };
}

export default async function OrganizationPage({ params }: Props) {
  const { locale, display } = await publicPage(params);
  const organization = await loadOrganization(params);
  const t = await getTranslations({ locale, namespace: "organizations" });
  const labels = await getTranslations({ locale, namespace: "marketDays" });
  const units = await getTranslations({ locale, namespace: "referrals" });
  const accountability = await getUnitAccountability(organization.id);
  const name = localized(locale, organization.name, organization.nameEn);
  const description = organization.description
    ? localized(locale, organization.description, organization.descriptionEn)
    : null;
  const link = "inline-flex min-h-11 items-center text-brand underline";

  return (
    <div className="space-y-8">
      <PageTop
        locale={locale}
        display={display}
        path={`/organizations/${organization.id}`}
        trail={[{ label: t("title"), href: "/organizations" }, { label: name }]}
        title={name}
      />
      <p className="text-lg">
        <span className="font-semibold">{t("type")}</span>
        {labels(`organizationType.${organization.type}`)}
      </p>

      <section aria-labelledby="about-heading">
        <h2 id="about-heading" className="text-2xl font-bold">
          {t("about")}
        </h2>
        <p className="mt-2">{description ?? t("noDescription")}</p>
      </section>

      <section aria-labelledby="accountability-heading" className="space-y-2">
        <h2 id="accountability-heading" className="text-2xl font-bold">
          {units("figures.publicHeading")}
        </h2>
        <p>{units("figures.publicIntro")}</p>
        <UnitFiguresList locale={locale} figures={accountability} />
      </section>

      <section aria-labelledby="stalls-heading">
        <h2 id="stalls-heading" className="text-2xl font-bold">
          {t("stallsHeading")}
        </h2>
        {organization.stalls.length > 0 ? (
          <ul className="mt-2 space-y-2">
            {organization.stalls.map((stall) => (
              <li key={stall.id}>
                <LocaleLink locale={locale} href={`/stalls/${stall.id}`} className={`${link} font-semibold`}>
                  {localized(locale, stall.name, stall.nameEn)}
                </LocaleLink>
                <span className="block text-muted">
                  <LocaleLink
                    locale={locale}
                    href={`/market-days/${stall.marketDay.slug}`}
                    className="text-brand underline"
                  >
                    {localized(locale, stall.marketDay.title, stall.marketDay.titleEn)}
                  </LocaleLink>{" "}
                  · <MarketDayDate locale={locale} date={stall.marketDay.startsAt} />
                  {stall.marketDay.status === "CANCELLED" ? ` · ${labels("cancelled")}` : null}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("noStalls")}</p>
        )}
      </section>

      <section aria-labelledby="days-heading">
        <h2 id="days-heading" className="text-2xl font-bold">
          {t("marketDaysHeading")}
        </h2>
        {organization.marketDays.length > 0 ? (
          <ul className="mt-2 space-y-1">
            {organization.marketDays.map((day) => (
              <li key={day.id}>
                <LocaleLink locale={locale} href={`/market-days/${day.slug}`} className={link}>
                  {localized(locale, day.title, day.titleEn)}
                </LocaleLink>{" "}
                · <MarketDayDate locale={locale} date={day.startsAt} /> · {t("role")}
                {labels(`role.${day.role}`)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("noMarketDays")}</p>
        )}
      </section>

      <p>
        <LocaleLink locale={locale} href="/organizations" className={link}>
          {t("allOrganizations")}
        </LocaleLink>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { SynonymForm } from "@/components/admin/content/synonym-form";
import { SynonymList } from "@/components/admin/content/synonym-list";
import { requireStaffPage } from "@/lib/auth/session";
import { formPostback } from "@/lib/content/form-postback";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { isEnglish } from "@/lib/i18n/localized";
import { listSynonymsForAdmin } from "@/lib/search-synonyms/admin-queries";
import { addSynonymAction, removeSynonymAction } from "../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/synonyms/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("synonyms.title"), robots: { index: false, follow: false } };
}

// The add form comes first: extending the list is what staff come here for, and
// without JavaScript its outcome is then at the top of the page that answers.
export default async function SynonymsPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const postback = await formPostback(locale, "/admin/content/synonyms", (await params).attempt);
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const synonyms = await listSynonymsForAdmin(actor.communityId);
  return (
    <div className="space-y-8">
      <ContentHeading back={{ href: "/admin/content", label: t("common.backToContent") }} title={t("synonyms.title")} />
      <p className="max-w-3xl text-lg">{t("synonyms.intro")}</p>
      <section
        aria-labelledby="add-synonym-heading"
        className="space-y-4 rounded-lg border-2 border-brand bg-white p-4"
      >
        <h2 id="add-synonym-heading" className="text-2xl font-bold">
          {t("synonyms.addHeading")}
        </h2>
        <SynonymForm
          action={addSynonymAction}
          locale={locale}
          postback={postback}
          initialValues={{}}
          submitLabel={t("synonyms.add")}
        />
      </section>
      <section aria-labelledby="synonym-list-heading" className="space-y-3">
        <h2 id="synonym-list-heading" className="text-2xl font-bold">
          {t("synonyms.listHeading")}
        </h2>
        <p className="text-lg">{t("synonyms.count", { count: synonyms.length })}</p>
        <SynonymList
          synonyms={synonyms}
          postback={postback}
          removeAction={removeSynonymAction}
          separator={isEnglish(locale) ? ", " : "、"}
        />
      </section>
    </div>
  );
}

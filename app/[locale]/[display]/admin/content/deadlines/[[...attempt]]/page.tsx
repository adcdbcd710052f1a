import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentHeading } from "@/components/admin/content/content-heading";
import { DeadlineTargetForm } from "@/components/admin/content/deadline-target-form";
import { DeadlineTargetList } from "@/components/admin/content/deadline-target-list";
import { requireStaffPage } from "@/lib/auth/session";
import { formPostback } from "@/lib/content/form-postback";
import { WishCategory, WishKind } from "@/lib/db/generated/enums";
import { listDeadlineTargets } from "@/lib/deadlines/deadline-target-query";
import { DEFAULT_TARGETS } from "@/lib/deadlines/deadline-targets";
import { ANY } from "@/lib/deadlines/pick-targets";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { removeDeadlineTargetAction, setDeadlineTargetAction } from "../actions";

type Props = PageProps<"/[locale]/[display]/admin/content/deadlines/[[...attempt]]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminContent" });
  return { title: t("deadlines.title"), robots: { index: false, follow: false } };
}

export default async function DeadlinesPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("content.manage");
  const postback = await formPostback(locale, "/admin/content/deadlines", (await params).attempt);
  const t = await getTranslations({ locale, namespace: "adminContent" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const rows = await listDeadlineTargets(actor.communityId);
  const kindLabel = (k: string) => (k === ANY ? t("deadlines.anyKind") : labels(`kind.${k}`));
  const categoryLabel = (c: string) => (c === ANY ? t("deadlines.anyCategory") : labels(`category.${c}`));
  const kinds = [ANY, ...Object.values(WishKind)].map((k) => ({ value: k, label: kindLabel(k) }));
  const categories = [ANY, ...Object.values(WishCategory)].map((c) => ({ value: c, label: categoryLabel(c) }));
  const defaults = rows.find((r) => r.kind === ANY && r.category === ANY) ?? DEFAULT_TARGETS;
  return (
    <div className="space-y-8">
      <ContentHeading
        back={{ href: "/admin/content", label: t("common.backToContent") }}
        title={t("deadlines.title")}
      />
      <div className="max-w-3xl space-y-2 text-lg">
        <p>{t("deadlines.intro")}</p>
        <p>{t("deadlines.order")}</p>
      </div>
      <section
        aria-labelledby="set-deadline-heading"
        className="space-y-4 rounded-lg border-2 border-brand bg-white p-4"
      >
        <h2 id="set-deadline-heading" className="text-2xl font-bold">
          {t("deadlines.setHeading")}
        </h2>
        <DeadlineTargetForm
          action={setDeadlineTargetAction}
          locale={locale}
          postback={postback}
          kinds={kinds}
          categories={categories}
          initialValues={{
            kind: ANY,
            category: ANY,
            firstReplyDays: String(defaults.firstReplyDays),
            unitAnswerDays: String(defaults.unitAnswerDays),
            settlementDays: String(defaults.settlementDays),
          }}
          submitLabel={t("deadlines.save")}
        />
      </section>
      <section aria-labelledby="deadline-list-heading" className="space-y-3">
        <h2 id="deadline-list-heading" className="text-2xl font-bold">
          {t("deadlines.listHeading")}
        </h2>
        <DeadlineTargetList
          rows={rows.map((r) => ({
            id: r.id,
            covers: `${kindLabel(r.kind)} · ${categoryLabel(r.category)}`,
            firstReplyDays: r.firstReplyDays,
            unitAnswerDays: r.unitAnswerDays,
            settlementDays: r.settlementDays,
          }))}
          postback={postback}
          removeAction={removeDeadlineTargetAction}
        />
      </section>
    </div>
  );
}

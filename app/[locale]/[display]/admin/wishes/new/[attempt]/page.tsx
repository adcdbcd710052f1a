import { requireStaffPage } from "@/lib/auth/session";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { attemptOf } from "@/lib/forms/attempt";
import { renderEntryPage } from "../entry-page";

export { generateMetadata } from "../page";

type Props = PageProps<"/[locale]/[display]/admin/wishes/new/[attempt]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: BUILD_PLACEHOLDER }];
}

// Where the on-site form posts when JavaScript is off: the same page, with the
// form's state (the new wish's code, or the messages and what was typed).
export default async function OnSiteAttemptPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const { attempt } = await params;
  const actor = await requireStaffPage("wish.create");
  return renderEntryPage({ locale, actor, attempt: await attemptOf(attempt) });
}

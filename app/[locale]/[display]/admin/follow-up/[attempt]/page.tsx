import { requireStaffPage } from "@/lib/auth/session";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { attemptOf } from "@/lib/forms/attempt";
import { renderFollowUpPage } from "../follow-up-page";

export { generateMetadata } from "../page";

type Props = PageProps<"/[locale]/[display]/admin/follow-up/[attempt]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: BUILD_PLACEHOLDER }];
}

// Where the queue's forms post when JavaScript is off: the same queue, with the
// form's state (its message, and what was typed after an error).
export default async function FollowUpAttemptPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const { attempt } = await params;
  const actor = await requireStaffPage("wish.followUp");
  return renderFollowUpPage({ locale, actor, attempt: await attemptOf(attempt) });
}

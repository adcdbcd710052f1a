// Expected outcomes of staff management that a form shows as a message. An
// ActionError, so the action wrapper shows it as it is: a taken username next
// to its field, the rest at the top of the form.
import { ActionError } from "@/lib/forms/action-error";

export type StaffErrorReason = "notFound" | "usernameTaken" | "notYourself";

const DETAILS: Record<StaffErrorReason, ConstructorParameters<typeof ActionError>> = {
  // Another community's account reads as a missing one, so ids cannot be probed.
  notFound: ["forms.errors.notFound"],
  usernameTaken: ["forms.errors.checkFields", { fieldErrors: { username: ["adminStaff.errors.usernameTaken"] } }],
  notYourself: ["adminStaff.errors.notYourself"],
};

export class StaffError extends ActionError {
  constructor(readonly reason: StaffErrorReason) {
    super(...DETAILS[reason]);
    this.name = "StaffError";
  }
}

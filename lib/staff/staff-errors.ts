// Expected outcomes of staff management that a form shows as a message.
export type StaffErrorCode = "notFound" | "usernameTaken" | "notYourself";

export class StaffError extends Error {
  constructor(readonly code: StaffErrorCode) {
    super(code);
    this.name = "StaffError";
  }
}

// The sign-in form's parsing and what a refused sign-in says: full message keys
// under "adminAuth", the same words for a wrong password and an unknown user.
import { describe, expect, it } from "vitest";
import { signInFormSchema, signInRefusal } from "@/lib/auth/sign-in-form";
import { invalidState } from "@/lib/forms/staff-action";

describe("sign-in form", () => {
  it("asks for both fields, with keys under adminAuth, and keeps no password in the values", () => {
    const parsed = signInFormSchema.safeParse({ username: "  ", password: "" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const state = invalidState(parsed.error, "adminAuth", { username: "  " });
    expect(state.fieldErrors).toEqual({
      username: ["adminAuth.signIn.errors.usernameRequired"],
      password: ["adminAuth.signIn.errors.passwordRequired"],
    });
    expect(state.formError).toBe("forms.errors.checkFields");
  });

  it("trims the username and defaults the next path", () => {
    expect(signInFormSchema.parse({ username: " staff ", password: "x" })).toEqual({
      username: "staff",
      password: "x",
      next: "",
    });
  });

  it("says the same for every refused password, and how long a lock lasts", () => {
    expect(signInRefusal({ ok: false, reason: "invalid" }).code).toBe("adminAuth.signIn.errors.invalid");
    const locked = signInRefusal({ ok: false, reason: "locked", retryAfterSeconds: 15 * 60 });
    expect(locked.code).toBe("adminAuth.signIn.errors.locked");
    expect(locked.details.values).toEqual({ minutes: 15 });
  });
});

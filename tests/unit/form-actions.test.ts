// The shared action wrappers (lib/forms/): the order every staff action runs in
// (session → permission → record's community → parse → service → state), the
// public one (rate limit → parse → service), and that typed text, secrets and
// unknown errors are handled the same way for every form.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { ActionError, fieldActionError } from "@/lib/forms/action-error";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: () => Promise.resolve(session.actor) }));
vi.mock("@/lib/rate-limit/request-identity", () => ({
  requestIdentity: () => Promise.resolve({ deviceKey: "device-key", ipKey: "ip-key" }),
}));

const { staffAction } = await import("@/lib/forms/staff-action");
const { publicAction } = await import("@/lib/forms/public-action");

const staff: Actor = { id: "u1", role: "STAFF", communityId: "c1" };
const schema = z.object({ title: z.string().trim().min(1, "required"), password: z.string().optional() });

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

describe("staffAction", () => {
  const steps: string[] = [];
  const action = staffAction({
    name: "test",
    permission: "wish.triage",
    record: (input) => {
      steps.push("record");
      const communities: Record<string, { communityId: string } | null> = {
        elsewhere: { communityId: "c2" },
        missing: null,
      };
      const key = typeof input.record === "string" ? input.record : "";
      return Promise.resolve(key in communities ? communities[key]! : { communityId: "c1" });
    },
    schema: schema.transform((v) => {
      steps.push("parse");
      return v;
    }),
    messages: "adminWishes.errors",
    secret: ["password"],
    run: (actor, data) => {
      steps.push("run");
      if (data.title === "taken") return Promise.reject(fieldActionError("title", "adminWishes.errors.taken"));
      if (data.title === "boom") return Promise.reject(new Error('relation "Wish" quoted 13812345678'));
      return Promise.resolve(`${actor.id}:${data.title}`);
    },
    done: (result) => ({ status: "ok", message: "adminWishes.done", messageValues: { result } }),
  });

  beforeEach(() => {
    steps.length = 0;
    session.actor = staff;
  });

  it("refuses a signed-out caller before looking at the input", async () => {
    session.actor = null;
    const state = await action({ status: "idle" }, form({ title: "" }));
    expect(state).toMatchObject({ status: "error", formError: "forms.errors.signedOut" });
    expect(state.fieldErrors).toBeUndefined();
    expect(steps).toEqual([]);
  });

  it("refuses a role without the permission before looking at the input", async () => {
    session.actor = { ...staff, role: "SECRETARY" };
    const state = await action({ status: "idle" }, form({ title: "" }));
    expect(state.formError).toBe("forms.errors.forbidden");
    expect(steps).toEqual([]);
  });

  it("refuses another community's record before parsing", async () => {
    const state = await action({ status: "idle" }, form({ title: "", record: "elsewhere" }));
    expect(state.formError).toBe("forms.errors.forbidden");
    expect(steps).toEqual(["record"]);
  });

  it("answers an unknown record with not found", async () => {
    const state = await action({ status: "idle" }, form({ title: "x", record: "missing" }));
    expect(state.formError).toBe("forms.errors.notFound");
    expect(steps).toEqual(["record"]);
  });

  it("reports invalid fields with full keys, keeps the typed text and never echoes a secret", async () => {
    const state = await action({ status: "idle" }, form({ title: "  ", password: "hunter2", note: "typed" }));
    expect(state).toMatchObject({
      status: "error",
      formError: "forms.errors.checkFields",
      fieldErrors: { title: ["adminWishes.errors.required"] },
      values: { title: "  ", note: "typed" },
    });
    expect(state.values).not.toHaveProperty("password");
    expect(steps).toEqual(["record"]);
  });

  it("runs the service with the parsed data and returns done's state", async () => {
    const state = await action({ status: "idle" }, form({ title: " 楼道灯 " }));
    expect(state).toEqual({ status: "ok", message: "adminWishes.done", messageValues: { result: "u1:楼道灯" } });
    expect(steps).toEqual(["record", "parse", "run"]);
  });

  it("shows a service's ActionError on its field", async () => {
    const state = await action({ status: "idle" }, form({ title: "taken" }));
    expect(state).toMatchObject({
      formError: "forms.errors.checkFields",
      fieldErrors: { title: ["adminWishes.errors.taken"] },
      values: { title: "taken" },
    });
  });

  it("turns an unknown error into 'failed' and logs its name only", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const state = await action({ status: "idle" }, form({ title: "boom" }));
    expect(state).toMatchObject({ status: "error", formError: "forms.errors.failed", values: { title: "boom" } });
    expect(log).toHaveBeenCalledWith("test failed: Error");
    expect(JSON.stringify(log.mock.calls)).not.toContain("13812345678");
    log.mockRestore();
  });
});

describe("publicAction", () => {
  const calls: string[] = [];
  let retryAfter: number | null = null;
  const action = publicAction({
    name: "public test",
    limit: (identity) => {
      calls.push(`limit:${identity.deviceKey}`);
      return Promise.resolve(retryAfter);
    },
    schema,
    messages: "wishForm.errors",
    run: (data) => {
      calls.push("run");
      if (data.title === "stale") return Promise.reject(new ActionError("forms.errors.stale"));
      return Promise.resolve(data.title);
    },
    done: (title) => ({ status: "ok", data: title }),
    onError: (state) => ({ ...state, data: "next-key" }),
  });

  beforeEach(() => {
    calls.length = 0;
    retryAfter = null;
  });

  it("checks the limit before parsing, and says when to come back", async () => {
    retryAfter = 125;
    const state = await action({ status: "idle" }, form({ title: "" }));
    expect(state).toMatchObject({
      formError: "forms.errors.rateLimited",
      formErrorValues: { minutes: 3 },
      values: { title: "" },
      data: "next-key",
    });
    expect(calls).toEqual(["limit:device-key"]);
  });

  it("keeps typed text on invalid input and lets the form add to the error state", async () => {
    const state = await action({ status: "idle" }, form({ title: " ", locale: "en" }));
    expect(state).toMatchObject({
      fieldErrors: { title: ["wishForm.errors.required"] },
      values: { title: " ", locale: "en" },
      data: "next-key",
    });
    expect(calls).toEqual(["limit:device-key"]);
  });

  it("runs the service and maps its ActionError", async () => {
    expect(await action({ status: "idle" }, form({ title: "ok" }))).toEqual({ status: "ok", data: "ok" });
    expect((await action({ status: "idle" }, form({ title: "stale" }))).formError).toBe("forms.errors.stale");
  });
});

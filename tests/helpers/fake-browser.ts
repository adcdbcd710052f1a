// One browser's cookies for Server Actions called outside Next: next/headers is
// mocked to read and write this jar, so a sign-in action's Set-Cookie is what
// the next call sends back, as a real browser would. Tests may also copy a
// cookie value out, as an attacker with a stolen cookie would.
export class FakeBrowser {
  readonly cookies = new Map<string, string>();
  ip = "198.51.100.40";

  headers(): Headers {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return new Headers({ "x-forwarded-for": this.ip, ...(cookie ? { cookie } : {}) });
  }

  jar() {
    return {
      get: (name: string) => (this.cookies.has(name) ? { name, value: this.cookies.get(name)! } : undefined),
      has: (name: string) => this.cookies.has(name),
      set: (name: string, value: string) => {
        this.cookies.set(name, value);
      },
      delete: (options: string | { name: string }) => {
        this.cookies.delete(typeof options === "string" ? options : options.name);
      },
    };
  }
}

export function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

/** Runs a Server Action that may end in redirect(): its state, or the redirect's path. */
export async function settle<T>(call: () => Promise<T>): Promise<T | { redirect: string }> {
  try {
    return await call();
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2]! };
    throw error;
  }
}

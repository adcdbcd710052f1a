// The cloud SDKs are CommonJS modules compiled from TypeScript, whose class is
// `exports.default`. A bundler (Next, Vitest) hands that class over as the
// default import; Node's own ESM loader (tsx scripts, the worker) hands over the
// whole `module.exports`, with the class one level down. Accept both.

export function cjsDefault<T>(imported: T): T {
  if (typeof imported === "function") return imported;
  const inner = (imported as { default?: T } | null)?.default;
  return inner ?? imported;
}

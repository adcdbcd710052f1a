// Runs once when a Next server starts (not during `next build`), in the Node.js
// runtime only:
// - In production it refuses to start with a missing or malformed secret or a
//   non-https NEXTAUTH_URL, naming each variable (lib/production-env.ts): npm start
//   checks this in scripts/run-with-db.ts already, and this covers a bare
//   `next start` or a custom server. Next 16 only logs an error thrown from
//   register() and serves on, so the process is ended here.
// - In development and production it starts the message outbox's worker in this
//   process (HUIYIN_WORKER, lib/notifications/outbox/start-in-process.ts).
export async function register(): Promise<void> {
  // The imports sit INSIDE this branch, not after an early return: NEXT_RUNTIME is
  // inlined at build time, and only a branch whose condition is a constant false
  // is dropped from the Edge bundle before its imports are resolved. The outbox
  // pulls in Node-only SDKs (fs, net) that the Edge build cannot resolve.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NODE_ENV === "production") {
      const { exitOnProductionEnvProblems } = await import("./lib/production-env");
      exitOnProductionEnvProblems(process.env);
    }
    const { startOutboxInProcess } = await import("./lib/notifications/outbox/start-in-process");
    await startOutboxInProcess();
  }
}

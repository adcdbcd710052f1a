// Whether this instance is shutting down. On SIGTERM scripts/serve.ts starts
// draining: readiness answers 503 so the load balancer (or Kubernetes) stops
// sending new requests, while the ones in flight finish. Kept on globalThis
// because the server script and Next's route bundles load separate copies of
// this module in one process.
const KEY = Symbol.for("huiyin.draining");

type WithFlag = typeof globalThis & { [KEY]?: boolean };

export function startDraining(): void {
  (globalThis as WithFlag)[KEY] = true;
}

export function isDraining(): boolean {
  return (globalThis as WithFlag)[KEY] === true;
}

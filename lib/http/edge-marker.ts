// The edge server (scripts/serve.ts) runs Next in its own process and marks it
// here. Only then is CLIENT_ADDRESS_HEADER the edge's word: under a bare
// `next start` or `next dev` nobody overwrites the header, so a client could set it.
const MARK = Symbol.for("huiyin.edge-server");

export function markEdgeServer(): void {
  (globalThis as Record<symbol, unknown>)[MARK] = true;
}

export function servedByEdge(): boolean {
  return (globalThis as Record<symbol, unknown>)[MARK] === true;
}

/** Set by the edge server on every request, overwriting whatever the client sent. */
export const CLIENT_ADDRESS_HEADER = "x-huiyin-client-ip";

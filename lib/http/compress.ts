// gzip for the edge server. The compression package is written for Express, but
// only touches the plain Node request and response.
import type { IncomingMessage, ServerResponse } from "node:http";
import compression from "compression";

export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function nodeCompression(): NodeMiddleware {
  return compression() as unknown as NodeMiddleware;
}

// npm run cluster: several production instances of an existing build behind
// nginx with the shipped deploy/nginx/huiyin.conf, on one machine. For trying
// and testing the multi-instance setup; a deployment runs the system's nginx
// with that file. See README, "Running several instances".
//
//   HUIYIN_CLUSTER_INSTANCES (3), HUIYIN_CLUSTER_BASE_PORT (3001),
//   HUIYIN_CLUSTER_PORT (8080), DATABASE_URL (PostgreSQL, required),
//   REDIS_URL (shared rate limits), NEXT_DIST_DIR (the build, .next)
//
// Ctrl-C or SIGTERM drains the instances, then stops nginx.
// First: loads .env before anything reads process.env (see the module).
import "./load-env";
import { clusterSettings, type ClusterSettings } from "./cluster/settings";
import { startCluster, type Cluster } from "./cluster/start-cluster";

const log = (message: string) => console.log(`[cluster] ${message}`);
function fail(message: string): never {
  console.error(`[cluster] ${message}`);
  process.exit(1);
}

let settings: ClusterSettings;
try {
  settings = clusterSettings(process.env);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!settings.redisUrl) log("REDIS_URL is not set: each instance counts its rate limits on its own");

// A signal while the instances start: exit, and the cluster's exit handler
// kills what has started (nothing is serving yet, so nothing needs draining).
let onSignal: (signal: string) => void = (signal) => {
  log(`${signal} while starting: stopping`);
  process.exit(130);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => onSignal(signal));

log(`starting ${settings.instances} instances and nginx …`);
let cluster: Cluster;
try {
  cluster = await startCluster({
    ...settings,
    seed: ["1", "true"].includes(process.env.HUIYIN_SEED_ON_START ?? ""),
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

for (const [i, url] of cluster.instanceUrls.entries()) log(`instance ${i + 1}: ${url} (direct, for debugging)`);
log(`nginx: ${cluster.nginxUrl} ← use this one (config and cache in ${cluster.prefix})`);
log("ready. Ctrl-C stops the cluster.");

// From now on a signal drains; a second one while draining changes nothing.
const stopRequested = new Promise<string>((resolve) => {
  onSignal = resolve;
});

const outcome = await Promise.race([
  stopRequested.then((signal) => ({ crashed: false, reason: signal })),
  cluster.crashed.then((reason) => ({ crashed: true, reason })),
]);
log(`${outcome.reason}: draining the instances, then stopping nginx …`);
await cluster.stop();
log("stopped.");
process.exit(outcome.crashed ? 1 : 0);

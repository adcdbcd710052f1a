// The settings of `npm run cluster`, from the environment, each checked with a
// message that names its variable.
export interface ClusterSettings {
  instances: number;
  basePort: number;
  nginxPort: number;
  databaseUrl: string;
  redisUrl: string | undefined;
}

function wholeNumber(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

export function clusterSettings(env: Record<string, string | undefined>): ClusterSettings {
  const instances = wholeNumber(env, "HUIYIN_CLUSTER_INSTANCES", 3, 1, 32);
  const basePort = wholeNumber(env, "HUIYIN_CLUSTER_BASE_PORT", 3001, 1024, 65535 - instances + 1);
  const nginxPort = wholeNumber(env, "HUIYIN_CLUSTER_PORT", 8080, 1, 65535);
  if (nginxPort >= basePort && nginxPort < basePort + instances) {
    throw new Error(
      `HUIYIN_CLUSTER_PORT (${nginxPort}) falls among the instances' ports ${basePort}–${basePort + instances - 1} ` +
        `(HUIYIN_CLUSTER_BASE_PORT and HUIYIN_CLUSTER_INSTANCES)`,
    );
  }
  const databaseUrl = env.DATABASE_URL?.trim() ?? "";
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    // The embedded PGlite serves one process; several instances need a real server.
    throw new Error("DATABASE_URL must name a PostgreSQL database (postgresql://…): the instances share it");
  }
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new Error("REDIS_URL must start with redis:// or rediss://");
  return { instances, basePort, nginxPort, databaseUrl, redisUrl };
}

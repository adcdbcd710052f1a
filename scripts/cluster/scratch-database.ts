// A new, empty database on the PostgreSQL server of a given URL, for the
// cluster tests and the cluster benchmark; dropped again afterwards.
import pg from "pg";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `name` next to the database of `serverUrl` (dropping a leftover of the same name first). */
export async function createScratchDatabase(serverUrl: string, name: string): Promise<ScratchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  // CREATE and DROP DATABASE run from the server's maintenance database.
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const drop = () => onServer(admin.toString(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await drop();
  await onServer(admin.toString(), `CREATE DATABASE ${name}`);
  return { url: target.toString(), drop };
}

// npm run db:migrate — applies pending migrations (see lib/db/migrate.ts).
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { MigrationError } from "../lib/db/migration-support";
import { migrateUrl, openDatabase } from "./database";

const database = await openDatabase();
try {
  const result = await migrateUrl(database.url, (m) => console.log(`db:migrate: ${m}`));
  console.log(
    `db:migrate: ${result.applied.length} applied, ${result.alreadyApplied.length} already up to date` +
      (database.embedded ? " (embedded database)" : ""),
  );
} catch (error) {
  if (error instanceof MigrationError) {
    console.error(`db:migrate: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await database.close();
}

// npm run db:seed — loads the Yuandong market day and demo wishes. Idempotent.
//
// The demo staff accounts get SEED_STAFF_PASSWORD; without it they are created
// locked. `npm run db:seed -- --dev` (a developer's explicit choice, like
// `npm run dev`) gives them the public development password instead.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { migrateUrl, openDatabase, reportSeedStaff, seedUrl } from "./database";

const dev = process.argv.slice(2).includes("--dev");
const database = await openDatabase();
try {
  if (database.ownsEmbedded) {
    // A brand-new embedded folder has no tables yet.
    await migrateUrl(database.url, (m) => console.log(`db:seed: ${m}`));
  }
  const started = performance.now();
  const outcome = await seedUrl(database.url, (m) => console.log(`db:seed: ${m}`), { dev });
  console.log(`db:seed: done in ${Math.round(performance.now() - started)} ms`);
  reportSeedStaff(outcome);
} catch (error) {
  console.error(`db:seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}

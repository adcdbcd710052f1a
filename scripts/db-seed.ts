// npm run db:seed — loads the Yuandong market day and demo wishes. Idempotent.
import { migrateUrl, openDatabase, seedUrl, warnDevPassword } from "./database";

const database = await openDatabase();
try {
  if (database.ownsEmbedded) {
    // A brand-new embedded folder has no tables yet.
    await migrateUrl(database.url, (m) => console.log(`db:seed: ${m}`));
  }
  const started = performance.now();
  const { isDevDefault } = await seedUrl(database.url, (m) => console.log(`db:seed: ${m}`));
  console.log(`db:seed: done in ${Math.round(performance.now() - started)} ms`);
  if (isDevDefault) warnDevPassword();
} catch (error) {
  console.error(`db:seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}

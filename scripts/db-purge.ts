// npm run db:purge — deletes residents' personal data one year after their wish
// was settled, or one year after submission when it is still open
// (lib/privacy/purge-personal-data.ts). Safe to run daily.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { openDatabase } from "./database";

const database = await openDatabase();
try {
  const { createPrismaClient } = await import("../lib/db/create-client");
  const { purgePersonalData } = await import("../lib/privacy/purge-personal-data");
  const prisma = createPrismaClient(database.url, 1);
  try {
    const { wishes, openWishes, reminderSubscriptions, cutoff } = await purgePersonalData(prisma);
    console.log(
      `db:purge: personal data deleted from ${wishes} wishes (${openWishes} still open) older than ${cutoff.toISOString()}; ${reminderSubscriptions} stopped or unconfirmed reminder subscriptions deleted`,
    );
  } finally {
    await prisma.$disconnect();
  }
} catch (error) {
  console.error(`db:purge: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}

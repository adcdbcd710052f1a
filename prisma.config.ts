// Prisma 7 keeps the connection URL here rather than in schema.prisma.
// Only the Prisma CLI reads this file. The app and our own migration runner
// (scripts/db-migrate.ts) take DATABASE_URL from lib/env.ts; with none set,
// they use the embedded PGlite database.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx scripts/db-seed.ts",
  },
  datasource: {
    // `prisma generate` needs no database; a placeholder keeps it working offline.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/huiyin",
  },
});

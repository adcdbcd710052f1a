// Loads the .env files into process.env exactly as Next does (@next/env), so a CLI
// script and the server read the same configuration: DATABASE_URL in .env must
// send `npm run db:migrate` to the database the server will use.
//
// Import this module FIRST in every script: ES modules evaluate their imports in
// order, and lib/env.ts parses process.env when it is evaluated.
//
// Same mode as Next: `.env.development*` for development (run-with-db's --dev, which
// only `npm run dev` passes, or NODE_ENV=development), `.env.test*` under
// NODE_ENV=test, otherwise the production files. Variables already set in the
// environment win over the files, as in Next.
import nextEnv from "@next/env";

const dev = process.argv.includes("--dev") || process.env.NODE_ENV === "development";
nextEnv.loadEnvConfig(process.cwd(), dev);

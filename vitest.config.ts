import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // lib/ modules import "server-only" to keep them out of client bundles; Node
  // tests are server code, so an empty module stands in for the guard.
  "server-only": path.join(root, "tests/helpers/empty-module.ts"),
  // 'use cache' is a no-op outside Next; cacheTag/cacheLife need a recorder.
  "next/cache": path.join(root, "tests/helpers/next-cache.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Each file gets its own database (tests/helpers/test-database.ts).
          pool: "forks",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: {
            // The server the suite was pointed at; every file makes its own database on it.
            HUIYIN_TEST_ADMIN_URL: process.env.DATABASE_URL ?? "",
            // Messages go out whatever the hour the suite runs at; the tests of
            // quiet hours pass the window they test.
            HUIYIN_QUIET_HOURS: "off",
          },
        },
      },
    ],
  },
});

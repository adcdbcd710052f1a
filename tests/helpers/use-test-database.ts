// The usual start of an integration test file: its own migrated database, made
// while the file loads (top-level await, so tests and helpers can use it as a
// plain value) and dropped after the file's last test.
//
// A file that must not make one when its tests are skipped calls
// createTestDatabase() in a beforeAll of its own instead.
import { afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "./test-database";

export async function useTestDatabase(): Promise<TestDatabase> {
  const testDb = await createTestDatabase();
  afterAll(() => testDb.drop());
  return testDb;
}

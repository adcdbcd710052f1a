export { db, getDb, disconnectDb } from "./client";
export type { Db } from "./client";
export * from "./generated/enums";

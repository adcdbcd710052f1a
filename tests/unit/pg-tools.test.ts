// The connection npm run db:backup / db:restore hand to pg_dump, pg_restore and
// psql (scripts/backup/pg-tools.ts): the password never in a log line or on a
// command line, and only parameters libpq accepts.
import { describe, expect, it } from "vitest";
import { maskUrl, parseProgramMajor, pgConnection } from "../../scripts/backup/pg-tools";

describe("maskUrl", () => {
  it("replaces the password, and keeps the rest readable", () => {
    expect(maskUrl("postgresql://huiyin:s%40cret@db.internal:5432/huiyin?sslmode=require")).toBe(
      "postgresql://huiyin:***@db.internal:5432/huiyin?sslmode=require",
    );
    expect(maskUrl("postgresql://postgres@127.0.0.1:5432/huiyin")).toBe("postgresql://postgres@127.0.0.1:5432/huiyin");
  });

  it("prints nothing of a URL it cannot parse", () => {
    expect(maskUrl("postgresql://user:pw@[broken")).not.toContain("pw");
  });
});

describe("pgConnection", () => {
  it("moves the password into PGPASSWORD, decoded, and out of the URL", () => {
    const connection = pgConnection("postgresql://huiyin:s%40cret@db.internal:5432/huiyin");
    expect(connection.dbname).toBe("postgresql://huiyin@db.internal:5432/huiyin");
    expect(connection.env.PGPASSWORD).toBe("s@cret");
  });

  it("leaves out what libpq would refuse, and says so by name", () => {
    const connection = pgConnection(
      "postgresql://u@h/db?sslmode=no-verify&connection_limit=5&application_name=huiyin&schema=public",
    );
    expect(connection.dbname).toBe("postgresql://u@h/db?sslmode=require&application_name=huiyin");
    expect(connection.dropped).toEqual(["connection_limit", "schema"]);
  });

  it("keeps the environment's PGPASSWORD when the URL has none, as node-pg (the app) does", () => {
    process.env.PGPASSWORD = "from-the-environment";
    try {
      expect(pgConnection("postgresql://postgres@127.0.0.1/huiyin").env.PGPASSWORD).toBe("from-the-environment");
      expect(pgConnection("postgresql://postgres:in-url@127.0.0.1/huiyin").env.PGPASSWORD).toBe("in-url");
    } finally {
      delete process.env.PGPASSWORD;
    }
  });
});

describe("parseProgramMajor", () => {
  it("reads the major version of Debian's and other builds", () => {
    expect(parseProgramMajor("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n")).toBe(15);
    expect(parseProgramMajor("pg_restore (PostgreSQL) 17.2\n")).toBe(17);
    expect(parseProgramMajor("something else")).toBeNull();
  });
});

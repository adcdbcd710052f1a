// csvCell() of ./csv.ts, computed by PostgreSQL. The export asks the database for
// each batch as ONE string of CSV lines: thousands of column values would each
// become an object in the driver, in Prisma's raw-result decoding and in csvCell,
// and that garbage, not the data, is what made the export's memory peak. The rules
// must stay those of csv.ts (formula neutralising, RFC 4180 quoting):
// tests/integration/export-csv-sql.test.ts compares both on hostile text.
import { Prisma } from "@/lib/db/generated/client";

// The same classes as FORMULA_START and the quoting test in csv.ts, as PostgreSQL
// regular expressions ("-" last in the bracket, so it is not a range).
const FORMULA_START = "^[=+@\\t\\r-]";
const NEEDS_QUOTES = '[",\\r\\n]';

/** csvCell(text): NULL is empty; a formula start gets a ' in front; quoted when needed. */
export function csvTextCellSql(value: Prisma.Sql): Prisma.Sql {
  const quoted = (text: Prisma.Sql) => Prisma.sql`CASE WHEN ${value} ~ ${NEEDS_QUOTES}
      THEN '"' || replace(${text}, '"', '""') || '"' ELSE ${text} END`;
  return Prisma.sql`CASE WHEN ${value} IS NULL THEN ''
    WHEN ${value} ~ ${FORMULA_START} THEN ${quoted(Prisma.sql`'''' || ${value}`)}
    ELSE ${quoted(value)} END`;
}

/** csvCell(n) for an integer: its digits, or empty. */
export function csvIntCellSql(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce((${value})::text, '')`;
}

/** A timestamptz as Shanghai wall time, "2023-05-26 10:15" (what the subdistrict reads), or empty. */
export function csvStampCellSql(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce(to_char(${value} AT TIME ZONE INTERVAL '+08:00', 'YYYY-MM-DD HH24:MI'), '')`;
}

/** Cells joined into one line, without the line end. */
export function csvLineSql(cells: readonly Prisma.Sql[]): Prisma.Sql {
  return Prisma.join(cells, " || ',' || ");
}

// Issue 12, finding 13 (secrets file): any read error used to regenerate the
// file silently, which makes every stored name and phone unreadable.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadOrCreateLocalSecrets, SecretsFileError } from "../../scripts/secrets";

let dir: string;
let file: string;
const noData = { hasEncryptedData: () => Promise.resolve(false) };
const withData = { hasEncryptedData: () => Promise.resolve(true) };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "huiyin-secrets-"));
  file = path.join(dir, "secrets.json");
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function expectRefusal(options = noData): Promise<void> {
  const before = await readFile(file, "utf8").catch(() => null);
  const attempt = loadOrCreateLocalSecrets(dir, options);
  await expect(attempt).rejects.toBeInstanceOf(SecretsFileError);
  await expect(loadOrCreateLocalSecrets(dir, options)).rejects.toThrow(file);
  await expect(loadOrCreateLocalSecrets(dir, options)).rejects.toThrow(/unreadable/);
  // Left exactly as it was: nothing replaced, nothing created.
  expect(await readFile(file, "utf8").catch(() => null)).toBe(before);
}

describe("loadOrCreateLocalSecrets", () => {
  it("creates the secrets in a fresh data folder, then reads the same ones back", async () => {
    const created = await loadOrCreateLocalSecrets(dir, noData);
    expect(Buffer.from(created.HUIYIN_ENCRYPTION_KEY, "base64")).toHaveLength(32);
    expect(await loadOrCreateLocalSecrets(dir, withData)).toEqual(created);
  });

  it("refuses a file that is not JSON", async () => {
    await writeFile(file, "{ truncated");
    await expectRefusal();
  });

  it("refuses a file with a missing key", async () => {
    const secrets = await loadOrCreateLocalSecrets(dir, noData);
    await writeFile(file, JSON.stringify({ ...secrets, HUIYIN_LOOKUP_KEY: undefined }));
    await expectRefusal();
    await expect(loadOrCreateLocalSecrets(dir, noData)).rejects.toThrow(/HUIYIN_LOOKUP_KEY/);
  });

  it("refuses a malformed key", async () => {
    const secrets = await loadOrCreateLocalSecrets(dir, noData);
    await writeFile(file, JSON.stringify({ ...secrets, HUIYIN_ENCRYPTION_KEY: "c2hvcnQ=" }));
    await expectRefusal();
    await expect(loadOrCreateLocalSecrets(dir, noData)).rejects.toThrow(/HUIYIN_ENCRYPTION_KEY/);
  });

  it("refuses a secrets path it cannot read, without replacing it", async () => {
    // A directory in the file's place: a read error other than "does not exist"
    // (EACCES would do too, but the tests may run as root, who reads anything).
    await mkdir(file);
    await expect(loadOrCreateLocalSecrets(dir, noData)).rejects.toThrow(/cannot be read \(EISDIR\)/);
    expect((await stat(file)).isDirectory()).toBe(true);
  });

  it("refuses to invent new keys when the database already holds encrypted contact data", async () => {
    await expectRefusal(withData);
    await expect(loadOrCreateLocalSecrets(dir, withData)).rejects.toThrow(/missing/);
  });
});

// The one staff password policy (OWASP ASVS 5.0 level 2, section 6.2): 12 to
// 128 characters, and not guessable, judged by zxcvbn-ts with its common
// password list plus the passwords Chinese users favour (pinyin, "love"
// numbers, QQ habits) and the words of this site. Used wherever a password is
// set: staff creation, an admin's reset, changing one's own, the first-admin CLI.
//
// Server code only: zxcvbn's dictionaries are about a megabyte, which must never
// reach a browser. Forms show the length rule (password-length.ts); the rest is
// checked on submit. Not marked with "server-only", because that package throws
// outside Next's server build and the first-admin CLI (tsx) calls checkPassword();
// tests/unit/password-policy.test.ts walks the imports of every client module
// instead, and fails if one reaches zxcvbn.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-length";
/** zxcvbn's 0–4 scale: 3 is "safely unguessable" (about 10^10 guesses). */
const MIN_SCORE = 3;

/**
 * Common among Chinese users and not in zxcvbn's (English-centred) lists, with
 * the site's own names. zxcvbn also finds them inside longer passwords, repeated,
 * reversed or in l33t spelling ("w0ain1").
 */
const CHINESE_COMMON = [
  "woaini",
  "woaini1314",
  "woaini520",
  "5201314",
  "1314520",
  "aini1314",
  "qq123456",
  "123456abc",
  "abc123456",
  "a123456",
  "a123456789",
  "iloveyou",
  "zhangwei",
  "wangwei",
  "wangfang",
  "liwei",
  "zhangmin",
  "wangjing",
  "liujie",
  "woshishui",
  "nihao",
  "nihao123",
  "zhongguo",
  "beijing",
  "shanghai",
  "shenzhen",
  "huiyin",
  "yuandong",
  "shequ",
  "juweihui",
  "admin123",
  "mima",
  "mima123",
  "88888888",
  "66666666",
  "147258369",
  "159357",
];

let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, chineseCommon: CHINESE_COMMON },
    graphs: zxcvbnCommon.adjacencyGraphs,
  });
  return factory;
}

export type PasswordVerdict = { ok: true } | { ok: false; messageKey: string };

export interface PasswordContext {
  /** The account's username: a password built on it is refused. */
  username: string;
  /** Other words of this account or site (display name, community name). */
  related?: readonly string[];
}

/** Whether a new staff password may be used; the message key is under "adminAuth.password". */
export function checkPassword(password: string, context: PasswordContext): PasswordVerdict {
  if ([...password].length < MIN_PASSWORD_LENGTH) return { ok: false, messageKey: "adminAuth.password.tooShort" };
  if ([...password].length > MAX_PASSWORD_LENGTH) return { ok: false, messageKey: "adminAuth.password.tooLong" };
  const userInputs = [context.username, ...(context.related ?? [])].filter((w) => w.trim().length > 0);
  const lower = password.toLowerCase();
  if (context.username.length >= 3 && lower.includes(context.username.toLowerCase()))
    return { ok: false, messageKey: "adminAuth.password.containsUsername" };
  const { score } = zxcvbn().check(password, userInputs);
  if (score < MIN_SCORE) return { ok: false, messageKey: "adminAuth.password.tooWeak" };
  return { ok: true };
}

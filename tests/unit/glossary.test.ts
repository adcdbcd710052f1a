// docs/glossary.md in force: the words that once said one thing two ways stay said
// one way, in both languages.
import { describe, expect, it } from "vitest";
import { WishCategory, WishKind } from "@/lib/db/generated/enums";
import { loadMessages, type Messages } from "@/lib/i18n/messages";

type Tree = Record<string, unknown>;

/** Every message text with its dotted key. */
function texts(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : value && typeof value === "object"
        ? texts(value as Tree, `${prefix}${key}.`)
        : [],
  );
}

const at = (messages: Messages, ns: string, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], messages[ns]);

/** The wish form's kebab-case values ("environment-property") for an enum value. */
const formKey = (value: string) => value.toLowerCase().replace(/_/g, "-");

describe.each(["zh-CN", "en"] as const)("glossary (%s)", (locale) => {
  it("the wish form names kinds and categories as the staff pages, reports and exports do", async () => {
    const messages = await loadMessages(locale);
    for (const category of Object.values(WishCategory)) {
      expect(at(messages, "wishForm", `category.${formKey(category)}`), category).toBe(
        at(messages, "track", `category.${category}`),
      );
    }
    for (const kind of Object.values(WishKind)) {
      expect(at(messages, "wishForm", `kind.${formKey(kind)}`), kind).toBe(at(messages, "track", `kind.${kind}`));
    }
  });
});

describe("glossary words in Chinese", () => {
  it("never uses the retired words", async () => {
    const all = Object.entries(await loadMessages("zh-CN")).flatMap(([ns, tree]) => texts(tree as Tree, `${ns}.`));
    // 服务点单 is 服务需求; a new wish is 已受理, never 待受理; a stall has a 主办单位,
    // and 承办 is only the unit a wish is referred to.
    const retired = all.filter(([, text]) => /服务点单|待受理|承办：|承办人/.test(text));
    expect(retired).toEqual([]);
  });

  it("a stall's organisation is its 主办单位 on every page", async () => {
    const messages = await loadMessages("zh-CN");
    for (const [ns, path] of [
      ["stalls", "hosts"],
      ["marketDays", "hosts"],
      ["poster", "hosts"],
      ["adminContent", "stalls.fields.hosts"],
    ] as const) {
      expect(String(at(messages, ns, path)), `${ns}.${path}`).toMatch(/^主办单位/);
    }
  });
});

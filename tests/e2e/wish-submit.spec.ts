// Submitting a micro-wish as residents do it: on a phone, often in WeChat,
// often with large text, sometimes without JavaScript, sometimes from a stall's
// QR poster; in Chinese and English. The tracking code must never reach a URL.
import { randomUUID } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { MARKET_DAY_2026_SLUG } from "../../lib/seed/data/market-days";

// Posters are printed for the coming market day. (Wishes sent from the 2023 one
// would also change its outcome figures, which other tests check: 39 / 27 / 12.)
const POSTER_MARKET_DAY = `/market-days/${MARKET_DAY_2026_SLUG}`;

// In order, in one worker: the embedded database behind the e2e server fails
// an occasional query when two connections talk to it at once
// (PGLiteSocketServer interleaves their protocol messages), and these tests
// write. With PostgreSQL it makes no difference.
test.describe.configure({ mode: "default" });

const ZH = {
  path: "/wishes/new",
  home: "/",
  title: "提交心愿或求助",
  homeAssistance: "出行协助",
  homeService: "服务需求",
  service: "服务需求",
  anonymous: "匿名提交",
  destination: "要去哪里",
  returnYes: "需要送回",
  assistanceDone: "已收到您的出行协助申请",
  callSoon: "工作人员会尽快打电话给您",
  replyWithin: "工作日内会给您答复",
  past: "这个时间已经过去了",
  needPhone: "出行协助需要手机号",
  destinationText: "市二医院 心内科",
  wish: "微心愿",
  assistance: "出行协助",
  category: "属于哪一类？",
  content: "具体内容",
  name: "怎么称呼您",
  phone: "手机号",
  consent: "我同意社区保存我填写的联系方式",
  submit: "提交",
  done: "已收到您的心愿",
  needLast4: "查询时还要输入您手机号的后四位。",
  codeOnly: "查询时只需要查询码。",
  track: "查询办理进度",
  another: "再提交一个心愿",
  atStall: (stall: string) => `您在「${stall}」摊位`,
  tooShort: "内容太短了，请至少写 5 个字。",
  badPhone: "手机号好像不对",
  needConsent: "留了联系方式，请勾选同意",
  neededAt: "什么时候需要帮忙",
  wheelchair: "轮椅",
  escort: "陪同",
  pickup: "到哪里接您",
  summary: /还有 3 处需要修改/,
  text: "楼下的健身器材坏了一个，老人用着不安全。",
};
const EN: Words = {
  path: "/en/wishes/new",
  home: "/en",
  title: "Submit a wish or ask for help",
  homeAssistance: "Help getting out",
  homeService: "Book a service",
  service: "Service request",
  anonymous: "Submit anonymously",
  destination: "Where are you going?",
  returnYes: "Yes, bring me home",
  assistanceDone: "We have received your request for help getting out",
  callSoon: "Staff will call you as soon as possible",
  replyWithin: "You will get a reply within",
  past: "That time has passed",
  needPhone: "Help getting out needs a mobile number",
  destinationText: "Shenzhen No. 2 Hospital, cardiology",
  wish: "Micro-wish",
  assistance: "Help getting out",
  category: "What is it about?",
  content: "Details",
  name: "What should we call you?",
  phone: "Mobile number",
  consent: "I agree that the community keeps the contact details I gave",
  submit: "Submit",
  done: "We have received your wish",
  needLast4: "To track it you will also need the last four digits of your mobile number.",
  codeOnly: "To track it you only need the tracking code.",
  track: "Track my wish",
  another: "Submit another wish",
  atStall: (stall: string) => `You are at the "${stall}" stall`,
  tooShort: "That is too short; please write at least 5 characters.",
  badPhone: "This does not look like a mobile number",
  needConsent: "You gave contact details",
  neededAt: "When do you need help?",
  wheelchair: "Wheelchair",
  escort: "Someone to go with me",
  pickup: "Where should we pick you up?",
  summary: /3 things need changing/,
  text: "One of the exercise machines downstairs is broken and unsafe for older people.",
};
type Words = typeof ZH;
const LANGUAGES = [
  ["zh", ZH],
  ["en", EN],
] as const;

/** "YYYY-MM-DDTHH:MM" in Shenzhen, `hours` from now, as a datetime-local input takes it. */
function shanghaiLocal(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16);
}

const GROUPED_CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

async function fillWish(page: Page, w: Words, options: { phone?: string; text?: string } = {}) {
  await page.getByRole("radio", { name: w.wish, exact: true }).check();
  await page.getByLabel(w.category).selectOption("elderly-care");
  await page.getByRole("textbox", { name: w.content }).fill(options.text ?? w.text);
  if (options.phone) {
    await phoneField(page, w).fill(options.phone);
    await page.getByLabel(w.consent).check();
  }
}

/** Every label says whether it is required or optional after its name. */
const phoneField = (page: Page, w: Words) => page.getByLabel(new RegExp(`^${w.phone}`));

/** The confirmation: the code in groups of four, nowhere in the address. */
async function expectConfirmation(page: Page, w: Words, withPhone: boolean): Promise<string> {
  await expect(page.getByRole("heading", { name: w.done })).toBeVisible();
  const code = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";
  expect(code).toMatch(GROUPED_CODE);
  expect(page.url()).not.toContain(code.replace(/-/g, ""));
  expect(page.url()).not.toContain(code);
  await expect(page.getByText(withPhone ? w.needLast4 : w.codeOnly)).toBeVisible();
  await expect(page.getByRole("link", { name: w.track })).toHaveAttribute("href", /\/wishes\/track$/);
  return code;
}

/** Its own message, announced with the field (aria-describedby) and shown right under it. */
async function expectFieldError(page: Page, field: Locator, message: string) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(" ");
  const errorId = ids.find((id) => id.endsWith("-error"));
  expect(errorId).toBeTruthy();
  const error = page.locator(`[id="${errorId}"]`);
  await expect(error).toContainText(message);
  const [f, e] = [await field.boundingBox(), await error.boundingBox()];
  expect(f && e && e.y - (f.y + f.height)).toBeLessThan(160);
}

/** A stall as a poster links to it: its id and its name in the page's language. */
async function stallFromPoster(page: Page, lang: string): Promise<{ id: string; name: string; slug: string }> {
  await page.goto(lang === "en" ? `/en${POSTER_MARKET_DAY}` : POSTER_MARKET_DAY);
  const link = page.locator('main a[href*="/stalls/"]').first();
  const href = (await link.getAttribute("href")) ?? "";
  const id = /\/stalls\/([0-9a-f-]{36})/.exec(href)?.[1];
  if (!id) throw new Error(`no stall link on ${POSTER_MARKET_DAY}`);
  return { id, name: ((await link.textContent()) ?? "").trim(), slug: MARKET_DAY_2026_SLUG };
}

for (const [lang, w] of LANGUAGES) {
  test.describe(`submitting a wish (${lang})`, () => {
    test(`with JavaScript: the code in groups of four, then a new wish with a new key @phone-only`, async ({
      page,
    }) => {
      await page.goto(w.path);
      await fillWish(page, w, { phone: "138 1234 5678" });
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      const first = await expectConfirmation(page, w, true);
      await expect(page.getByRole("heading", { name: w.done })).toBeFocused();

      await page.getByRole("link", { name: w.another }).click();
      await expect(page.getByRole("textbox", { name: w.content })).toHaveValue("");
      await fillWish(page, w, { text: `${w.text} 2` });
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      const second = await expectConfirmation(page, w, false);
      expect(second).not.toBe(first);
    });

    test(`from a stall's QR poster @phone-only`, async ({ page }) => {
      const stall = await stallFromPoster(page, lang);
      await page.goto(`${w.path}?marketDay=${stall.slug}&stall=${stall.id}`);
      await expect(page.getByTestId("wish-place")).toContainText(w.atStall(stall.name));
      await fillWish(page, w);
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      await expectConfirmation(page, w, false);
    });

    test(`field errors appear next to their fields and nothing typed is lost @phone-only`, async ({ page }) => {
      await page.goto(w.path);
      await page.getByRole("radio", { name: w.wish, exact: true }).check();
      await page.getByLabel(w.category).selectOption("health");
      const content = page.getByRole("textbox", { name: w.content });
      await content.fill("短短");
      await content.blur();
      await expectFieldError(page, content, w.tooShort);
      await page.getByLabel(w.name).fill("张阿姨");
      const phone = phoneField(page, w);
      await phone.fill("12345");
      await phone.blur();
      await expectFieldError(page, phone, w.badPhone);

      await page.getByRole("button", { name: w.submit, exact: true }).click();
      await expectFieldError(page, page.getByLabel(w.consent), w.needConsent);
      await expect(content).toBeFocused();
      await expect(content).toHaveValue("短短");
      await expect(phone).toHaveValue("12345");
      await expect(page.getByLabel(w.name)).toHaveValue("张阿姨");
      await expectNoAxeViolations(page);

      // Fixing a field clears its message as you type.
      await content.fill(w.text);
      await expect(content).not.toHaveAttribute("aria-invalid", "true");
    });

    test(`a request for help getting out: phone, no anonymity, no past dates; the confirmation repeats it @phone-only`, async ({
      page,
    }) => {
      await page.goto(w.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.title);
      const pickup = page.getByLabel(w.pickup);
      const anonymous = page.getByRole("checkbox", { name: w.anonymous });
      await expect(pickup).toBeHidden();
      await expect(anonymous).toBeVisible();
      await page.getByRole("radio", { name: w.assistance, exact: true }).check();
      await expect(pickup).toBeVisible();
      // Anonymity is not offered: an escort is arranged by phone.
      await expect(anonymous).toBeHidden();
      // No category: staff categorise.
      await page.getByRole("textbox", { name: w.content }).fill(w.text);
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      await expect(page.getByLabel(w.neededAt)).toBeFocused();
      await expectFieldError(page, phoneField(page, w), w.needPhone);

      // A time already past (yesterday, Shenzhen time) is refused next to the field.
      const neededAt = page.getByLabel(w.neededAt);
      await neededAt.fill(shanghaiLocal(-24));
      await neededAt.blur();
      await expectFieldError(page, neededAt, w.past);

      const when = shanghaiLocal(20);
      await neededAt.fill(when);
      await page.getByRole("checkbox", { name: w.wheelchair, exact: true }).check();
      await page.getByRole("checkbox", { name: w.escort, exact: true }).check();
      await pickup.fill("3栋2单元楼下");
      await page.getByLabel(w.destination).fill(w.destinationText);
      await page.getByRole("radio", { name: w.returnYes, exact: true }).check();
      await phoneField(page, w).fill("+86 139-0000-1234");
      await page.getByLabel(w.consent).check();
      await page.getByRole("button", { name: w.submit, exact: true }).click();

      await expect(page.getByRole("heading", { name: w.assistanceDone })).toBeVisible();
      const summary = page.getByTestId("assistance-summary");
      // The date and time, the pickup point and the destination, as the resident gave them.
      const [, month, day] = /^\d{4}-(\d{2})-(\d{2})T/.exec(when) ?? [];
      await expect(summary).toContainText(when.slice(11, 16));
      await expect(summary).toContainText(lang === "en" ? ` ${Number(day)} ` : `${Number(month)}月${Number(day)}日`);
      await expect(summary).toContainText("3栋2单元楼下");
      await expect(summary).toContainText(w.destinationText);
      // Needed within a day: a call as soon as possible, not "a reply within 2 days".
      await expect(summary).toContainText(w.callSoon);
      await expect(page.getByText(w.replyWithin)).toHaveCount(0);
      await expect(page.getByText(w.needLast4)).toBeVisible();
      expect(page.url()).not.toContain("1234");
      await expectNoAxeViolations(page);
    });

    test(`the consent tick sits right under the phone, and the category may be left to staff @phone-only`, async ({
      page,
    }) => {
      await page.goto(w.path);
      // The next control after the phone is the consent box.
      const order = await page
        .locator("form#wish-form")
        .evaluate((form: HTMLFormElement) =>
          [...form.elements].filter((e) => e instanceof HTMLInputElement && e.type !== "hidden").map((e) => e.id),
        );
      expect(order[order.indexOf("wish-form-phone") + 1]).toBe("wish-form-consent");
      const [phone, consent] = [
        await phoneField(page, w).boundingBox(),
        await page.getByLabel(w.consent).boundingBox(),
      ];
      expect(phone && consent && consent.y - (phone.y + phone.height)).toBeLessThan(120);

      await page.getByRole("radio", { name: w.wish, exact: true }).check();
      await page.getByRole("textbox", { name: w.content }).fill(w.text);
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      await expectConfirmation(page, w, false);
      await expect(page.getByText(w.replyWithin)).toBeVisible();
    });

    test(`the home page opens the form with 出行协助 or 服务需求 chosen @phone-only`, async ({ page }) => {
      await page.goto(w.home);
      await page.getByRole("main").getByRole("link", { name: w.homeAssistance }).click();
      await expect(page).toHaveURL(/\/wishes\/new\?kind=assistance$/);
      await expect(page.getByRole("radio", { name: w.assistance, exact: true })).toBeChecked();
      await expect(page.getByLabel(w.pickup)).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto(w.home);
      await page.getByRole("main").getByRole("link", { name: w.homeService }).click();
      await expect(page).toHaveURL(/\/wishes\/new\?kind=service$/);
      await expect(page.getByRole("radio", { name: w.service, exact: true })).toBeChecked();
      await expect(page.getByLabel(w.pickup)).toBeHidden();
    });

    test(`axe: the empty form, the confirmation and the privacy notice @phone-only`, async ({ page }) => {
      await page.goto(w.path);
      await expectNoAxeViolations(page);
      await fillWish(page, w);
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      await expectConfirmation(page, w, false);
      await expectNoAxeViolations(page);
      await page.goto(lang === "en" ? "/en/privacy" : "/privacy");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang === "en" ? "Privacy notice" : "隐私说明");
      await expectNoAxeViolations(page);
    });
  });

  test.describe(`submitting a wish with JavaScript off (${lang})`, () => {
    test.use({ javaScriptEnabled: false });

    test(`the server keeps every value and puts each message by its field @phone-only`, async ({ page }) => {
      await page.goto(w.path);
      // Without JavaScript the assistance fields are always there, labelled as such.
      await expect(page.getByLabel(w.pickup)).toBeVisible();
      await page.getByRole("radio", { name: w.wish, exact: true }).check();
      await page.getByLabel(w.category).selectOption("legal");
      await page.getByRole("textbox", { name: w.content }).fill("短");
      await page.getByLabel(w.name).fill("张阿姨");
      await phoneField(page, w).fill("138 1234");
      await page.getByRole("button", { name: w.submit, exact: true }).click();

      await expect(page.getByRole("alert")).toContainText(w.summary);
      await expectFieldError(page, page.getByRole("textbox", { name: w.content }), w.tooShort);
      await expectFieldError(page, phoneField(page, w), w.badPhone);
      await expectFieldError(page, page.getByLabel(w.consent), w.needConsent);
      await expect(page.getByRole("textbox", { name: w.content })).toHaveValue("短");
      await expect(page.getByLabel(w.name)).toHaveValue("张阿姨");
      await expect(phoneField(page, w)).toHaveValue("138 1234");
      await expect(page.getByRole("radio", { name: w.wish, exact: true })).toBeChecked();
      await expect(page.getByLabel(w.category)).toHaveValue("legal");
      // (axe needs JavaScript in the page; the same messages are checked with axe above.)

      await page.getByRole("textbox", { name: w.content }).fill(w.text);
      await phoneField(page, w).fill("138 1234 5678");
      await page.getByLabel(w.consent).check();
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      await expectConfirmation(page, w, true);
      await expect(page.getByRole("link", { name: w.another })).toHaveAttribute("href", /\/wishes\/new$/);
    });

    test(`an escort request: the server refuses a past date and keeps the kind from the home page @phone-only`, async ({
      page,
    }) => {
      await page.goto(`${w.path}?kind=assistance`);
      await expect(page.getByRole("radio", { name: w.assistance, exact: true })).toBeChecked();
      await page.getByRole("textbox", { name: w.content }).fill(w.text);
      await page.getByLabel(w.neededAt).fill(shanghaiLocal(-3));
      await page.getByRole("checkbox", { name: w.wheelchair, exact: true }).check();
      await phoneField(page, w).fill("139 0000 4321");
      await page.getByLabel(w.consent).check();
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      await expectFieldError(page, page.getByLabel(w.neededAt), w.past);
      await expect(page).toHaveURL(/\/wishes\/new\/[0-9a-f-]{36}\?kind=assistance$/);
      await expect(phoneField(page, w)).toHaveValue("139 0000 4321");

      // Within the first-reply time (the end of the next working day, at least 24 h away): a call soon.
      await page.getByLabel(w.neededAt).fill(shanghaiLocal(20));
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      await expect(page.getByRole("heading", { name: w.assistanceDone })).toBeVisible();
      await expect(page.getByTestId("assistance-summary")).toContainText(w.callSoon);
    });

    test(`from a stall's QR poster @phone-only`, async ({ page }) => {
      const stall = await stallFromPoster(page, lang);
      await page.goto(`${w.path}?marketDay=${stall.slug}&stall=${stall.id}`);
      await expect(page.getByTestId("wish-place")).toContainText(w.atStall(stall.name));
      await fillWish(page, w);
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      // The form posted to its own fresh path; the stall came along.
      await expect(page).toHaveURL(/\/wishes\/new\/[0-9a-f-]{36}\?marketDay=/);
      await expectConfirmation(page, w, false);
    });

    test(`opening the path a form posts to gives a fresh form that still keeps its state @phone-only`, async ({
      page,
    }) => {
      const visited = randomUUID();
      await page.goto(`${w.path}/${visited}`);
      await expect(page.getByRole("textbox", { name: w.content })).toHaveValue("");
      // It posts to a new path of its own, never to one that was opened with a GET.
      const action = (await page.locator("form#wish-form").getAttribute("action")) ?? "";
      expect(action).toMatch(/\/wishes\/new\/[0-9a-f-]{36}$/);
      expect(action).not.toContain(visited);
      await page.getByRole("radio", { name: w.wish, exact: true }).check();
      await page.getByRole("textbox", { name: w.content }).fill("短");
      await page.getByRole("button", { name: w.submit, exact: true }).click();
      await expectFieldError(page, page.getByRole("textbox", { name: w.content }), w.tooShort);
      await expect(page.getByRole("textbox", { name: w.content })).toHaveValue("短");
    });
  });
}

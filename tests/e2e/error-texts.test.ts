import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { collectPageErrors, E2E_TEST_MS, guardedContext, hasChromium, launchBrowser, screenshot, signIn } from "./browser";

/**
 * The server refuses with a reason and params (its error catalogue); the client words them. In
 * the Swedish client the coordinator reads Swedish sentences with the numbers in them, and the
 * same refusal in English after switching language — never the server's developer message.
 */
describe.skipIf(!hasChromium)("refusals in the coordinator's language, in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  let placement: { id: string; title: string };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // An account locks after three failures here, so the lock test needs only a few wrong tries.
    server = await startTestServer({
      config: { loginThrottle: { windowSeconds: 900, maxFailuresPerAccount: 3, maxFailuresPerAddress: 50, baseDelayMs: 0, maxDelayMs: 0 } },
    });
    browser = await launchBrowser();
    const koping = await server.login("coordinator@koping.demo");
    const workplaces = await server.gql(`{ workplaces { id } }`, {}, koping);
    const title = "Vaktmästeri, praktik till och med mars";
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      {
        input: {
          title,
          kind: "INTERNSHIP",
          workplaceId: workplaces.data.workplaces[0].id,
          capacity: 2,
          startDate: "2027-01-11",
          endDate: "2027-03-26",
        },
      },
      koping,
    );
    placement = { id: posted.data.postPlacement.id, title };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(email: string): Promise<Page> {
    const { context } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    await signIn(page, server.url, email);
    return page;
  }

  /** The text beside a field once the server's answer is shown: waits for the element, not for a time. */
  async function fieldError(page: Page, selector: string, wanted: string): Promise<string> {
    const error = page.locator(selector).filter({ hasText: wanted });
    await error.waitFor();
    return error.innerText();
  }

  it("says in Swedish, then in English, that an arbetsträning of 18 months is longer than 12 months allow", async () => {
    const page = await openPage("coordinator@koping.demo");
    await page.getByRole("link", { name: "Lägg upp praktikplats" }).click();
    await page.getByLabel(/^Rubrik/).fill("Arbetsträning i verkstaden, 18 månader");
    await page.getByLabel(/^Typ av plats/).selectOption("WORK_TRAINING");
    await page.getByLabel(/^Arbetsplats/).selectOption({ index: 1 });
    await page.getByLabel(/^Antal platser/).fill("1");
    await page.getByLabel(/^Startdatum/).fill("2027-01-11");
    await page.getByLabel(/^Slutdatum/).fill("2028-07-10");
    await page.getByRole("button", { name: "Lägg upp" }).click();

    const swedish = await fieldError(page, "#placement-end-error", "12 månader");
    expect(swedish).toBe("Arbetsträning får vara högst 12 månader. Välj ett tidigare slutdatum.");
    await expect(page.getByLabel(/^Slutdatum/).evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await screenshot(page, "error-period-too-long-sv");

    await page.getByRole("button", { name: "Switch to English" }).click();
    const english = await fieldError(page, "#placement-end-error", "12 months");
    expect(english).toBe("Work training (arbetsträning) may last at most 12 months. Choose an earlier end date.");
    expect(english).not.toMatch(/WORK_TRAINING/);
    await page.context().close();
  });

  it("says in Swedish, then in English, that a requested start lies after the placement's last day", async () => {
    const page = await openPage("coordinator@arboga.demo");
    await page.goto(`${server.url}/placements/${placement.id}`);
    await page.getByRole("heading", { level: 1, name: placement.title }).waitFor();
    await page.getByLabel(/^Önskad start/).fill("2027-04-01");
    await page.getByRole("button", { name: "Reservera", exact: true }).click();

    const swedish = await fieldError(page, "#claim-requestedStart-error", "2027");
    expect(swedish).toBe("Platsen slutar 26 mars 2027. Välj ett startdatum senast då.");
    await screenshot(page, "error-start-after-end-sv");

    await page.getByRole("button", { name: "Switch to English" }).click();
    const english = await fieldError(page, "#claim-requestedStart-error", "ends on");
    expect(english).toBe("The placement ends on 26 Mar 2027. Choose a start date no later than that.");
    await page.context().close();
  });

  it("says that an account is locked and at what time to try again, in Swedish and then in English", async () => {
    const { context } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel("E-post").fill("viewer@kungsor.demo");
    const alert = page.getByRole("alert");
    let text = "";
    for (let attempt = 1; attempt <= 5 && !/låst/.test(text); attempt++) {
      await page.getByLabel("Lösenord").fill(`fel-lösenord-${attempt}`);
      const answered = page.waitForResponse((response) => response.url() === `${server.url}/graphql`);
      await page.getByRole("button", { name: "Logga in" }).click();
      await answered;
      await alert.waitFor();
      text = await alert.innerText();
      if (!/låst/.test(text)) expect(text).toBe("Fel e-post eller lösenord.");
    }
    expect(text).toMatch(
      /^Kontot är låst efter för många misslyckade inloggningar\. Försök igen kl\. \d\d:\d\d, eller be din administratör låsa upp det\.$/,
    );
    await screenshot(page, "sign-in-locked-sv");
    const time = /kl\. (\d\d:\d\d)/.exec(text)![1];

    await page.getByRole("button", { name: "Switch to English" }).click();
    await alert.filter({ hasText: "locked" }).waitFor();
    await expect(alert.innerText()).resolves.toBe(
      `The account is locked after too many failed sign-ins. Try again at ${time}, or ask your admin to unlock it.`,
    );
    await context.close();
  });

  it("throws no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server";
import {
  collectPageErrors,
  E2E_TEST_MS,
  guardedContext,
  hasChromium,
  launchBrowser,
  screenshot,
  seriousAccessibilityFindings,
  signIn,
} from "./browser";

/**
 * Recommendations and warnings in a real browser: Arboga's coordinator warns about a Köping
 * placement (the form refuses one of Arboga's participant codes and says why); Kungsör's
 * coordinator sees it on the board card and on the page; Köping answers and Köping's admin marks
 * it resolved; a viewer sees none of it.
 */
describe.skipIf(!hasChromium)("recommendations and warnings between coordinators in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  let placementId: string;
  const title = `Lagerarbete med omdömen ${Date.now()}`;
  const warning = "Ingen introduktion första dagen och skyddsskor saknades.";
  const pageErrors: string[] = [];
  const outside: string[] = [];

  async function openPage(email: string): Promise<Page> {
    const { context, outsideRequests } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    page.on("close", () => outside.push(...outsideRequests));
    await signIn(page, server.url, email);
    return page;
  }

  async function expectAccessible(page: Page, name: string) {
    expect(await seriousAccessibilityFindings(page), `axe-core findings on ${name}`).toEqual([]);
  }

  async function openPlacement(page: Page) {
    await page.goto(`${server.url}/placements/${placementId}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Omdömen från andra samordnare" }).waitFor();
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const koping = await server.login("coordinator@koping.demo");
    const workplace = (await server.gql(`{ workplaces { id } }`, {}, koping)).data.workplaces[0];
    placementId = (
      await server.gql(
        `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
        { input: { title, kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 2, startDate: "2027-02-01" } },
        koping,
      )
    ).data.postPlacement.id;
    const arboga = await server.login("coordinator@arboga.demo");
    await server.gql(`mutation { registerParticipant(input: { code: "ARB-E2E-55" }) { id } }`, {}, arboga);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lets Arboga leave a warning, refusing one of Arboga's participant codes with the reason", async () => {
    const page = await openPage("coordinator@arboga.demo");
    await openPlacement(page);
    const form = page.locator("form.feedback-form");
    await expect(form.innerText()).resolves.toContain("aldrig om en deltagare");
    await form.getByLabel("Varning").check();
    await form.getByLabel("Säkerhet").check();
    await form.getByLabel("Handledning").check();
    await form.getByLabel("Omdöme").fill("ARB-E2E-55 fick ingen introduktion.");
    await form.getByRole("button", { name: "Lämna omdömet" }).click();
    await expect(form.getByTestId("field-error").innerText()).resolves.toContain("deltagarkoder");
    await expectAccessible(page, "placement page with a refused feedback text");

    await form.getByLabel("Omdöme").fill(warning);
    // Submitted from the keyboard.
    await form.getByRole("button", { name: "Lämna omdömet" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Omdömet är lämnat." }).waitFor();
    const entry = page.getByTestId("feedback-entry").filter({ hasText: warning });
    await expect(entry.innerText()).resolves.toContain("Säkerhet · Handledning");
    await expect(entry.getByRole("button", { name: "Ta tillbaka" }).count()).resolves.toBe(1);
    await expectAccessible(page, "placement page with feedback");
    await page.context().close();
  });

  it("shows the warning to Kungsör on the board card and in full on the page", async () => {
    const page = await openPage("coordinator@kungsor.demo");
    await page.goto(`${server.url}/?q=${encodeURIComponent(title)}`);
    const card = page.getByTestId("placement-card").filter({ hasText: title });
    await card.getByTestId("feedback-summary").waitFor();
    const summary = await card.getByTestId("feedback-summary").innerText();
    expect(summary).toContain("1 öppen varning");
    expect(summary).toContain(warning);
    await expectAccessible(page, "board with a feedback summary");
    await screenshot(page, "board-feedback-summary");
    await card.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { level: 2, name: "Omdömen från andra samordnare" }).waitFor();
    const entry = page.getByTestId("feedback-entry").filter({ hasText: warning });
    await expect(entry.innerText()).resolves.toContain("Arboga kommun");
    // Kungsör may leave its own, but not answer, resolve or withdraw Arboga's.
    await expect(entry.getByRole("button").count()).resolves.toBe(0);
    await page.context().close();
  });

  it("lets Köping answer from the keyboard, and Köping's admin mark the warning resolved", async () => {
    const page = await openPage("coordinator@koping.demo");
    await openPlacement(page);
    const entry = page.getByTestId("feedback-entry").filter({ hasText: warning });
    await expect(page.locator("form.feedback-form").count()).resolves.toBe(0);
    await entry.getByRole("button", { name: "Svara" }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.type("Tack! Nu får alla skyddsskor och en introduktion första dagen.");
    await entry.getByRole("button", { name: "Skicka svaret" }).click();
    await page.getByRole("status").filter({ hasText: "Svaret är sparat." }).waitFor();
    await expect(entry.innerText()).resolves.toContain("Svar från Köpings kommun");
    await expect(entry.getByRole("button", { name: "Markera som åtgärdad" }).count()).resolves.toBe(0);
    await page.context().close();

    const admin = await openPage("admin@koping.demo");
    await openPlacement(admin);
    const adminEntry = admin.getByTestId("feedback-entry").filter({ hasText: warning });
    await adminEntry.getByRole("button", { name: "Markera som åtgärdad" }).click();
    await admin.getByRole("status").filter({ hasText: "Varningen är markerad som åtgärdad." }).waitFor();
    await expect(adminEntry.innerText()).resolves.toContain("Åtgärdad");
    await expectAccessible(admin, "placement page with a resolved warning");
    await screenshot(admin, "placement-feedback-resolved");
    await admin.context().close();

    const kungsor = await openPage("coordinator@kungsor.demo");
    await kungsor.goto(`${server.url}/?q=${encodeURIComponent(title)}`);
    const card = kungsor.getByTestId("placement-card").filter({ hasText: title });
    await card.getByTestId("feedback-summary").waitFor();
    await expect(card.getByTestId("feedback-summary").innerText()).resolves.toContain("1 omdöme");
    await kungsor.context().close();
  });

  it("shows a viewer none of it", async () => {
    const page = await openPage("viewer@kungsor.demo");
    await page.goto(`${server.url}/placements/${placementId}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Krav" }).waitFor();
    await expect(page.getByRole("heading", { name: "Omdömen från andra samordnare" }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it("had no page errors and sent nothing outside the server", () => {
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});

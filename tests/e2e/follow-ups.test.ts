import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, swedishToday } from "../../server/modules/claim/claim-period";
import { claimIn } from "../helpers/claim-history";
import { startTestServer, type TestServer } from "../helpers/test-server";
import {
  collectPageErrors,
  E2E_TEST_MS,
  guardedContext,
  hasChromium,
  launchBrowser,
  seriousAccessibilityFindings,
  signIn,
} from "./browser";

/**
 * A coordinator's follow-up work in a real browser: the overdue follow-up on My organisation, the
 * record of it, an absence over 15 minutes, and that deviation in the month's report to
 * Arbetsförmedlingen, every page axe-clean.
 */
describe.skipIf(!hasChromium)("follow-ups, absence and the AF report in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const today = swedishToday();

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const { context } = await guardedContext(browser, server.url);
    page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    await signIn(page, server.url, "coordinator@koping.demo");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("records an overdue follow-up and an absence, and the report lists the deviation", async () => {
    const { claim, placement, participant } = await claimIn(server, {
      owner: "arboga",
      claimant: "koping",
      start: addDays(today, -20),
      end: addDays(today, 40),
      status: "ACTIVE",
    });
    await page.getByRole("link", { name: "Min organisation" }).first().click();
    const panel = page.getByTestId("follow-ups-due");
    const row = panel.locator("tr", { hasText: placement.title });
    await row.waitFor();
    expect(await row.getAttribute("data-state")).toBe("OVERDUE");
    expect(await row.textContent()).toContain(participant!.code);
    expect(await seriousAccessibilityFindings(page), "axe-core findings on My organisation").toEqual([]);

    await row.getByRole("link", { name: "Följ upp" }).click();
    await page.getByRole("heading", { level: 1, name: "Uppföljning" }).waitFor();
    await page.getByLabel("Uppföljning", { exact: true }).selectOption("START_2W");
    await page.getByLabel("Arbetsuppgifter").fill("Packar order, går bra.");
    await page.getByLabel("Nästa steg").fill("Ny uppföljning vid slutet.");
    await page.getByRole("button", { name: "Spara uppföljningen" }).click();
    await expect.poll(() => page.getByTestId("follow-up-message").textContent()).toBe("Sparat.");
    await page.locator("li[data-state=DONE]").first().waitFor();

    await page.getByLabel("Minuter").fill("45");
    await page.getByLabel("Orsak").last().selectOption("APPOINTMENT");
    await page.getByRole("button", { name: "Spara frånvaron" }).click();
    await page.getByText("45 min").waitFor();
    expect(await seriousAccessibilityFindings(page), "axe-core findings on the follow-up page").toEqual([]);

    await page.goto(`${server.url}/af-report`);
    await page.getByRole("heading", { level: 1, name: "Rapport till Arbetsförmedlingen" }).waitFor();
    const reportRow = page.locator(`tr[data-claim="${claim.id}"]`);
    await reportRow.waitFor();
    expect(await reportRow.getByTestId("af-deviation").allTextContents()).toEqual([expect.stringContaining("45 min")]);
    expect(await seriousAccessibilityFindings(page), "axe-core findings on the AF report").toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

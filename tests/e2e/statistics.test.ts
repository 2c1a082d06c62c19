import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMonths } from "../../server/modules/statistics/statistics.service";
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

/** A table cell's text as the number the chart draws: null for "färre än 5" (no bar), Swedish digits and decimals read back. */
function numberOf(text: string): number | null {
  const cleaned = text.trim();
  if (cleaned === "färre än 5" || cleaned === "–") return null;
  const percent = cleaned.endsWith("%");
  const value = Number(
    cleaned
      .replace(/[\s\u00a0%]/g, "")
      .replace("−", "-")
      .replace(",", "."),
  );
  return percent ? Math.round(value * 10) / 1000 : value;
}

/**
 * The steering group's statistics page in a real browser, as a viewer: figures for the last 12
 * months of the demo's history, charts beside tables that carry the same numbers, small groups
 * shown as "färre än 5", and no serious accessibility findings.
 */
describe.skipIf(!hasChromium)("the statistics page in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const outside: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const { context, outsideRequests } = await guardedContext(browser, server.url);
    page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    page.on("close", () => outside.push(...outsideRequests));
    await signIn(page, server.url, "viewer@arboga.demo");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function chartValues(testId: string): Promise<{ name: string; values: (number | null)[] }[]> {
    const figure = page.getByTestId(testId);
    await figure.locator("svg").first().waitFor();
    return JSON.parse((await figure.getAttribute("data-chart-values"))!);
  }

  async function column(table: string, col: string, withTotal = false): Promise<(number | null)[]> {
    const rows = page.getByTestId(table).locator(`tbody tr${withTotal ? "" : ":not([data-key=TOTAL])"}`);
    return (await rows.locator(`td[data-col=${col}]`).allTextContents()).map(numberOf);
  }

  it("shows the last 12 months with charts whose numbers are the tables' numbers, and is axe-clean", async () => {
    await page.getByRole("link", { name: "Statistik" }).click();
    await page.getByRole("heading", { level: 1, name: "Statistik" }).waitFor();
    await page.getByTestId("statistics-range").waitFor();
    expect(await page.getByTestId("statistics-period").inputValue()).toBe("last12");

    const seats = await chartValues("chart-seats");
    expect(seats.map((s) => s.name)).toEqual(["Använda platsveckor", "Tomma platsveckor"]);
    expect(seats[0].values).toEqual(await column("table-seats", "seatWeeksUsed"));
    expect(seats[1].values).toEqual(await column("table-seats", "seatWeeksEmpty"));

    const who = await chartValues("chart-who");
    expect(who[0].values).toEqual(await column("table-who", "ownOrganisation"));
    expect(who[1].values).toEqual(await column("table-who", "otherOrganisation"));
    const total = await column("table-who", "participants", true);
    expect(total.at(-1)).toBeGreaterThan(50);

    const outcomes = await chartValues("chart-outcomes");
    expect(outcomes[0].values).toEqual(await column("table-outcomes", "atEnd", true));
    expect(outcomes[1].values).toEqual(await column("table-outcomes", "after90", true));
    const early = await chartValues("chart-early");
    expect(early[0].values).toEqual(await column("table-early", "earlyEnds", true));

    // The charts draw the numbers (bar labels in the SVG) and describe them to screen readers.
    const drawn = await page.getByTestId("chart-who").locator("svg text").allTextContents();
    const firstVisible = who[1].values.find((value) => value !== null)!;
    expect(drawn).toContain(String(firstVisible));
    const description = await page.getByTestId("chart-who").locator("div[role=img]").getAttribute("aria-label");
    expect(description).toContain("Från annan organisation");

    await screenshot(page, "statistics");
    expect(await seriousAccessibilityFindings(page), "axe-core findings on statistics").toEqual([]);
  });

  it("shows groups of fewer than five as 'färre än 5', exactly where the API suppresses them", async () => {
    await page.getByTestId("statistics-dimension").selectOption("OCCUPATION_FIELD");
    const rows = page.getByTestId("table-who").locator("tbody tr:not([data-key=TOTAL])");
    await expect.poll(async () => (await rows.first().getAttribute("data-key")) ?? "").not.toMatch(/^\d{4}$/);
    const api = await server.gql(
      `query($input: StatisticsInput!) { statistics(input: $input) { rows { key participants { value suppressed } } } }`,
      { input: { ...lastMonths(12), dimension: "OCCUPATION_FIELD" } },
      await server.login("viewer@arboga.demo"),
    );
    const suppressed = new Map(
      api.data.statistics.rows.map((row: { key: string; participants: { suppressed: boolean } }) => [row.key, row.participants.suppressed]),
    );
    expect([...suppressed.values()]).toContain(true);
    await expect.poll(async () => (await rows.locator("td[data-col=participants]").allTextContents()).includes("färre än 5")).toBe(true);
    for (const row of await rows.all()) {
      const key = (await row.getAttribute("data-key"))!;
      const text = (await row.locator("td[data-col=participants]").textContent())!.trim();
      expect(text === "färre än 5", key).toBe(suppressed.get(key));
    }
    expect(await seriousAccessibilityFindings(page), "axe-core findings on statistics by occupation field").toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});

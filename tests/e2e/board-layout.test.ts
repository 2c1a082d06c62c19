import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { collectPageErrors, E2E_TEST_MS, guardedContext, hasChromium, launchBrowser, screenshotDir, signIn } from "./browser";

/**
 * A board that fits the screen (issue 15): on a laptop (1366 × 768) and a phone (390 × 844) the
 * first placement card is whole on screen without scrolling, in the board's default view. Each
 * test writes what the screen shows to test-results/screenshots/ (gitignored).
 */

const SIZES = [
  { name: "laptop", width: 1366, height: 768 },
  { name: "phone", width: 390, height: 844 },
] as const;

describe.skipIf(!hasChromium)("the board on a laptop and a phone", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function boardAt(size: (typeof SIZES)[number]): Promise<Page> {
    const { context } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, server.url, "coordinator@arboga.demo");
    await page.getByTestId("placement-card").first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    return page;
  }

  /** What the screen shows, not the whole page: that is the point. */
  async function screenshotOfScreen(page: Page, name: string) {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
  }

  it.each(SIZES)("shows the first placement card whole without scrolling at $width × $height ($name)", async (size) => {
    const page = await boardAt(size);
    await screenshotOfScreen(page, `board-${size.width}x${size.height}`);
    const card = await page.getByTestId("placement-card").first().boundingBox();
    expect(card).not.toBeNull();
    expect(card!.y, "the card starts on screen").toBeGreaterThanOrEqual(0);
    expect(card!.y + card!.height, `the card ends above the fold (${size.height} px)`).toBeLessThanOrEqual(size.height);
    expect(card!.x + card!.width).toBeLessThanOrEqual(size.width);
    // The filters are folded to one line that says what is chosen.
    const summary = page.getByTestId("board-filters-summary");
    await expect(summary.innerText()).resolves.toMatch(/Filter:\s*inga valda/);
    expect(await page.locator("details.more-filters").getAttribute("open")).toBeNull();
    await page.context().close();
  });

  it("keeps the phone's header compact, with the menu behind one button", async () => {
    const page = await boardAt(SIZES[1]);
    const header = await page.locator("header.app-header").boundingBox();
    expect(header!.height).toBeLessThan(80);
    const menu = page.getByTestId("menu-toggle");
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(page.getByRole("link", { name: "Min organisation" }).isVisible()).resolves.toBe(false);
    await menu.click();
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("true");
    await page.getByRole("link", { name: "Min organisation" }).click();
    await page.getByRole("heading", { level: 1, name: "Min organisation" }).waitFor();
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
    await page.context().close();
  });

  it("reaches the results from the top of the page with a skip link, in a few Tab presses", async () => {
    const page = await boardAt(SIZES[0]);
    await page.goto(`${server.url}/`);
    await page.getByTestId("placement-card").first().waitFor();
    await page.keyboard.press("Tab"); // Hoppa till innehållet
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab"); // Hoppa till resultaten
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe("Hoppa till resultaten");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("board-results");
    await page.keyboard.press("Tab");
    const focusedCardLink = await page.evaluate(() => !!document.activeElement?.closest("[data-testid=placement-card]"));
    expect(focusedCardLink, "the next Tab reaches the first card").toBe(true);
    await page.context().close();
  });

  it("opens the filters by itself when the board shows nothing, and folds them otherwise", async () => {
    const page = await boardAt(SIZES[0]);
    await page.goto(`${server.url}/?q=finnsintenagonstans`);
    await page.getByText("Inga praktikplatser matchar filtret.").waitFor();
    await page.locator("details.more-filters[open]").waitFor();
    await page.context().close();
  });

  it("fits the table in a phone's width with fewer columns and each date on one line", async () => {
    const page = await boardAt(SIZES[1]);
    await page.goto(`${server.url}/?visa=tabell`);
    await page.getByTestId("placement-row").first().waitFor();
    await screenshotOfScreen(page, "board-table-390x844");
    const table = await page.getByTestId("placement-table").boundingBox();
    const widest = await page.locator("[data-testid=placement-table] td, [data-testid=placement-table] tbody th").evaluateAll((cells) =>
      cells
        .filter((cell) => cell.getBoundingClientRect().width > 150)
        .map((cell) => `${Math.round(cell.getBoundingClientRect().width)}: ${cell.textContent?.trim().slice(0, 60)}`)
        .slice(0, 5),
    );
    expect(table!.width, `the table is no wider than the screen; widest cells: ${widest.join(" | ")}`).toBeLessThanOrEqual(SIZES[1].width);
    const headers = await page
      .locator("[data-testid=placement-table] thead th")
      .evaluateAll((cells) => cells.filter((cell) => getComputedStyle(cell).display !== "none").map((cell) => cell.textContent?.trim()));
    expect(headers).toEqual(["Praktikplats", "Period", "Lediga"]);
    // Every date is one line high: no "11 jan." above "2027".
    const heights = await page
      .locator("[data-testid=placement-row-period] .date")
      .evaluateAll((dates) => dates.map((date) => date.getClientRects().length));
    expect(heights.length).toBeGreaterThan(0);
    expect(heights.every((lines) => lines === 1)).toBe(true);
    await page.context().close();
  });

  it("raised no error in any page", () => {
    expect(pageErrors).toEqual([]);
  });
});

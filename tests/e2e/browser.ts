import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (apt-get install chromium); playwright's own download does not work here. */
export const chromiumPath = "/usr/bin/chromium";
export const hasChromium = fs.existsSync(chromiumPath);

if (!hasChromium) {
  console.warn(
    [
      "",
      "!!! ------------------------------------------------------------------ !!!",
      `!!!  END-TO-END TESTS SKIPPED: no Chromium at ${chromiumPath}.`,
      "!!!  Install it with `apt-get install -y chromium` to run them.",
      "!!! ------------------------------------------------------------------ !!!",
      "",
    ].join("\n"),
  );
}

export const screenshotDir = path.resolve("test-results/screenshots");

/**
 * The longest any one wait (for an element, a response, a navigation) may take. Every wait is for
 * an event; this bound only decides when a wait counts as failed, and it is set for a busy 2-core
 * machine where other test runs share the CPU with Chromium: Playwright's default of 30 s was
 * seen to run out there while the page was merely slow.
 */
export const E2E_WAIT_MS = 90_000;
/** A whole end-to-end test: several such waits in a row, so well above one. */
export const E2E_TEST_MS = 300_000;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    timeout: E2E_WAIT_MS,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * A browser context that records every request leaving the server's origin, so a test can fail
 * on it (the product must work on a closed municipal network), and by default also refuses them.
 * `block: false` skips the interception, whose per-request round trip to Node would distort timings.
 */
export async function guardedContext(
  browser: Browser,
  origin: string,
  options: { block?: boolean } = {},
): Promise<{ context: BrowserContext; outsideRequests: string[] }> {
  const context = await browser.newContext({ locale: "sv-SE", timezoneId: "Europe/Stockholm", viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(E2E_WAIT_MS);
  context.setDefaultNavigationTimeout(E2E_WAIT_MS);
  const outsideRequests: string[] = [];
  if (options.block !== false) {
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      outsideRequests.push(url);
      return route.abort("blockedbyclient");
    });
  }
  // Requests the router does not see (e.g. from workers) still show up here.
  context.on("request", (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin && !outsideRequests.includes(url)) outsideRequests.push(url);
  });
  return { context, outsideRequests };
}

/** Uncaught errors in the page fail the test that opened it. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** axe-core against WCAG 2.1 A and AA; returns the serious and critical findings only. */
export async function seriousAccessibilityFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.impact}: ${violation.id} (${violation.help}) at ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/** Signs in through the sign-in page, as a user would. */
export async function signIn(page: Page, origin: string, email: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Lösenord").fill("praktikpool");
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.getByRole("heading", { level: 1, name: "Praktikplatser" }).waitFor();
}

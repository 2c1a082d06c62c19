import fs from "node:fs";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Placement } from "../../server/modules/placement/placement.entity";
import { organisationNumber, workbookOf, type SheetRow } from "../helpers/import-sheets";
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

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A coordinator brings the Excel list in through the import page: template, preview with errors, import. */
describe.skipIf(!hasChromium)("importing placements from Excel, in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const row = (title: string, changes: SheetRow = {}): SheetRow => ({
    Arbetsplats: "Glasbrukets lager",
    Kommun: "Köping",
    Organisationsnummer: organisationNumber(4242),
    "Typ av plats": "Praktik",
    Titel: title,
    Yrkesområde: "Transport, distribution, lager",
    "Antal platser": 2,
    Startdatum: new Date(Date.UTC(2027, 2, 1)),
    Slutdatum: new Date(Date.UTC(2027, 4, 28)),
    Svenska: "Grundläggande",
    "Körkort/certifikat": "Truckkort",
    ...changes,
  });

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

  async function choose(file: Buffer) {
    await page.getByLabel("Excel-fil (.xlsx)").setInputFiles({ name: "platser.xlsx", mimeType: XLSX, buffer: file });
  }

  it("downloads the template from the page, in Swedish and axe-clean", async () => {
    await page.getByRole("link", { name: "Importera från Excel" }).click();
    await page.getByRole("heading", { level: 1, name: "Importera från Excel" }).waitFor();
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ner mall (.xlsx)" }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Platser")!.getRow(1).values).toEqual(expect.arrayContaining(["Arbetsplats", "Kommun", "Startdatum"]));
  });

  it("shows each bad row's errors in Swedish, then English, and offers no import until they are fixed", async () => {
    const before = await server.dataSource.getRepository(Placement).count();
    await choose(
      await workbookOf([row("Truckförare"), row("Plockare", { Kommun: "Köpingg" }), row("Packare", { Startdatum: "2027-02-30" })]),
    );
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    const status = page.getByTestId("import-status");
    await expect.poll(() => status.innerText()).toContain("Rader med fel: 2.");
    // The rows with errors are shown first; each error names its column and says what is wrong.
    const kommun = preview.locator('tr[data-row="4"]');
    expect(await kommun.innerText()).toContain("Kommun: ”Köpingg” känns inte igen här.");
    const packare = await preview.locator('tr[data-row="5"]').innerText();
    expect(packare).toContain("Packare");
    expect(packare).toContain("Startdatum: Ange ett datum som ÅÅÅÅ-MM-DD.");
    expect(await page.getByTestId("confirm-import").isDisabled()).toBe(true);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await screenshot(page, "import-preview-errors-sv");

    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect.poll(() => kommun.innerText()).toContain("Kommun: “Köpingg” is not recognised here.");
    await page.getByRole("button", { name: "Byt till svenska" }).click();
    await page.getByRole("heading", { level: 1, name: "Importera från Excel" }).waitFor();
    expect(await server.dataSource.getRepository(Placement).count()).toBe(before);
  });

  it("imports a correct sheet after the preview, with the keyboard, and the placements reach the board", async () => {
    const before = await server.dataSource.getRepository(Placement).count();
    await choose(await workbookOf([row("Truckförare"), row("Plockare"), row("Packare")]));
    const confirm = page.getByTestId("confirm-import");
    await expect.poll(() => confirm.innerText()).toBe("Importera (3 nya praktikplatser)");
    expect(await confirm.isEnabled()).toBe(true);
    await confirm.focus();
    await page.keyboard.press("Enter");
    const done = page.getByTestId("import-done");
    await done.waitFor();
    expect(await done.innerText()).toContain("Nya arbetsplatser: 1. Nya praktikplatser: 3.");
    expect(await server.dataSource.getRepository(Placement).count()).toBe(before + 3);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await screenshot(page, "import-done-sv");

    await page.getByRole("link", { name: "Till tavlan" }).click();
    await page.getByRole("heading", { level: 1, name: "Praktikplatser" }).waitFor();
    await page.getByText("Truckförare").first().waitFor();
    expect(pageErrors).toEqual([]);
  });
});

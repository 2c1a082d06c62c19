import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { swedishToday } from "../../server/modules/workplace/supervisor-training.js";
import { pdfPages } from "../helpers/pdf-text";
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

const daysAgo = (days: number) => {
  const date = new Date(`${swedishToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

/**
 * Validation in a real browser: Köping's coordinator creates a checklist, attaches it to a
 * placement and tailors it; for the participant there, five items are recorded on two dates; the
 * skills summary shows them and downloads as a PDF with a name typed at print time; a later
 * change to the template leaves the summary as it was.
 */
describe.skipIf(!hasChromium)("validation checklists and the skills summary in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let placementId: string;
  const stamp = Date.now();
  const title = `Skolkök med validering ${stamp}`;
  const checklist = `Yrkesvalidering – skolkök ${stamp}`;
  const code = `KOP-E2E-${String(stamp).slice(-4)}`;
  const pageErrors: string[] = [];
  const outside: string[] = [];

  async function expectAccessible(name: string) {
    expect(await seriousAccessibilityFindings(page), `axe-core findings on ${name}`).toEqual([]);
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const koping = await server.login("coordinator@koping.demo");
    const workplace = (await server.gql(`{ workplaces { id } }`, {}, koping)).data.workplaces[0];
    placementId = (
      await server.gql(
        `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
        { input: { title, kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 2, startDate: daysAgo(30) } },
        koping,
      )
    ).data.postPlacement.id;
    const participant = (
      await server.gql(`mutation($code: String!) { registerParticipant(input: { code: $code }) { id } }`, { code }, koping)
    ).data.registerParticipant.id;
    const claim = (
      await server.gql(
        `mutation($p: ID!, $who: ID) { claimSeat(input: { placementId: $p, participantId: $who }) { id } }`,
        { p: placementId, who: participant },
        koping,
      )
    ).data.claimSeat.id;
    await server.gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: claim }, koping);
    await server.gql(`mutation($id: ID!) { startClaim(id: $id) { id } }`, { id: claim }, koping);
    const { context, outsideRequests } = await guardedContext(browser, server.url);
    page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    page.on("close", () => outside.push(...outsideRequests));
    await signIn(page, server.url, "coordinator@koping.demo");
  });

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await server?.close();
  });

  it("creates a checklist template, grouped by the lines that end with a colon", async () => {
    await page.getByRole("link", { name: "Checklistor" }).click();
    await page.getByRole("heading", { level: 1, name: "Checklistor för validering" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Språkvalidering – svenska i arbetet" }).waitFor();
    await expectAccessible("checklist templates");
    await page.getByRole("button", { name: "Ny checklista" }).click();
    await page.getByLabel("Bransch").selectOption({ label: "Kök och storhushåll" });
    await page.getByLabel("Namn").fill(checklist);
    await page
      .getByLabel("Punkter")
      .fill(
        [
          "Hygien:",
          "Tvättar händerna före och efter arbetet",
          "Mäter kyltemperaturer",
          "Tillagning:",
          "Följer receptet för dagens rätt",
          "Lägger upp maten på serveringen",
          "Sköter diskmaskinen",
        ].join("\n"),
      );
    await page.getByRole("button", { name: "Spara checklistan" }).click();
    await page.getByRole("status").filter({ hasText: "Checklistan är sparad." }).waitFor();
    const template = page.getByTestId("checklist-template").filter({ has: page.getByRole("heading", { name: checklist }) });
    await expect(template.innerText()).resolves.toContain("Version 1 · 5 punkter");
  });

  it("attaches it to the placement and tailors it: reword, drop and add", async () => {
    await page.goto(`${server.url}/placements/${placementId}`);
    await page.getByRole("heading", { level: 2, name: "Validering på platsen" }).waitFor();
    await page.getByLabel("Checklista att lägga till").selectOption({ label: checklist });
    await page.getByRole("button", { name: "Lägg till på platsen" }).click();
    await page.getByRole("status").filter({ hasText: "Checklistan är tillagd på platsen." }).waitFor();
    const copy = page.getByTestId("placement-checklist").filter({ hasText: checklist });
    await copy.getByRole("button", { name: "Anpassa" }).click();
    await copy.getByLabel("Punkt 2", { exact: true }).fill("Mäter och för in temperaturer i kyl och frys varje morgon");
    await copy.getByLabel("Ta bort punkt 5").check();
    await copy.getByLabel("Grupp för ny punkt").fill("Tillagning");
    await copy.getByLabel("Ny punkt", { exact: true }).fill("Bakar matbröd till lunchen");
    await expectAccessible("tailoring a placement's checklist");
    await copy.getByRole("button", { name: "Spara anpassningen" }).click();
    await copy.getByRole("heading", { level: 4, name: "Tillagning" }).waitFor();
    const items = await copy.locator("li").allInnerTexts();
    expect(items).toEqual([
      "Tvättar händerna före och efter arbetet",
      "Mäter och för in temperaturer i kyl och frys varje morgon",
      "Följer receptet för dagens rätt",
      "Lägger upp maten på serveringen",
      "Bakar matbröd till lunchen",
    ]);
  });

  it("records five items on two dates for the participant and shows progress over time", async () => {
    await page.getByRole("link", { name: `Validering för ${code}` }).click();
    await page.getByRole("heading", { level: 1, name: "Validering" }).waitFor();
    await page.getByLabel("Checklista", { exact: true }).selectOption({ label: checklist });
    await page.getByLabel("Handledarens namn").fill("Karin Holm");
    await page.getByLabel("Handledarens titel").fill("Kökschef");
    await page.getByRole("button", { name: "Starta valideringen" }).click();
    const panel = page.getByTestId("validation").filter({ has: page.getByRole("heading", { level: 2, name: checklist }) });
    await panel.getByRole("heading", { name: "Registrera bedömning" }).waitFor();
    await expectAccessible("validation page");

    const choose = async (item: string, level: string) => panel.getByRole("group", { name: item }).getByLabel(level).check();
    await panel.getByLabel("Datum för bedömningen").fill(daysAgo(14));
    await choose("Tvättar händerna före och efter arbetet", "Med stöd");
    await choose("Mäter och för in temperaturer i kyl och frys varje morgon", "Inte ännu");
    await choose("Följer receptet för dagens rätt", "Med stöd");
    await panel.getByRole("button", { name: "Spara bedömningen" }).click();
    await panel.getByRole("status").filter({ hasText: "3 bedömningar är sparade." }).waitFor();

    await panel.getByLabel("Datum för bedömningen").fill(daysAgo(2));
    await choose("Tvättar händerna före och efter arbetet", "Självständigt");
    await choose("Lägger upp maten på serveringen", "Självständigt");
    await choose("Bakar matbröd till lunchen", "Med stöd");
    // Saved from the keyboard.
    await panel.getByRole("button", { name: "Spara bedömningen" }).focus();
    await page.keyboard.press("Enter");
    await panel.getByRole("status").filter({ hasText: "3 bedömningar är sparade." }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="progress-row"]').length === 5);
    const washing = await panel.getByTestId("progress-row").filter({ hasText: "Tvättar händerna" }).innerText();
    expect(washing).toMatch(/Med stöd[\s\S]*Självständigt/);
    await expectAccessible("validation page with progress");
    await screenshot(page, "validation-progress");
  });

  it("shows the skills summary and downloads it as a PDF with the name typed at print time", async () => {
    await page.getByRole("link", { name: `Kompetensintyg för ${code}` }).click();
    const certificate = page.getByTestId("skills-summary");
    await certificate.getByRole("heading", { level: 1, name: "Kompetensintyg" }).waitFor();
    const text = await certificate.innerText();
    expect(text).toContain(code);
    expect(text).toContain("Handledare");
    expect(text).toContain("Karin Holm, Kökschef");
    expect(text).toContain("Mäter och för in temperaturer i kyl och frys varje morgon");
    expect(text).toContain("Självständigt");
    await expectAccessible("skills summary");

    await page.getByLabel("Deltagarens namn på utskriften (valfritt)").fill("Åsa Öberg");
    await expect(certificate.innerText()).resolves.not.toContain(code);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ladda ner som PDF" }).click()]);
    expect(download.suggestedFilename()).toBe(`kompetensintyg-${code}.pdf`);
    const pdf = (await pdfPages(new Uint8Array(fs.readFileSync((await download.path())!)))).join("\n");
    expect(pdf).toContain("Deltagare: Åsa Öberg");
    expect(pdf).not.toContain(code);
    expect(pdf).toContain(checklist);
    expect(pdf).toContain("Bakar matbröd till lunchen");
    expect(pdf).toContain("Handledare: Karin Holm, Kökschef");
    await screenshot(page, "skills-summary");
  });

  it("leaves the summary as it was after a later change to the template", async () => {
    const summaryUrl = page.url();
    await page.getByRole("link", { name: "Checklistor" }).click();
    const template = page.getByTestId("checklist-template").filter({ has: page.getByRole("heading", { name: checklist }) });
    await template.getByRole("button", { name: "Ändra" }).click();
    await template.getByLabel("Punkter").fill("Hygien:\nEn helt ny formulering");
    await template.getByRole("button", { name: "Spara som ny version" }).click();
    await page.getByRole("status").filter({ hasText: "Version 2 är sparad." }).waitFor();
    await page.goto(summaryUrl);
    const certificate = page.getByTestId("skills-summary");
    await certificate.getByRole("heading", { level: 1, name: "Kompetensintyg" }).waitFor();
    const text = await certificate.innerText();
    expect(text).toContain("Mäter och för in temperaturer i kyl och frys varje morgon");
    expect(text).not.toContain("En helt ny formulering");
  });

  it("had no page errors and sent nothing outside the server", () => {
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});

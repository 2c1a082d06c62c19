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
 * Workplaces and the supervisor register in a real browser: Kungsör's coordinator registers a
 * workplace with a supervisor and records the supervisor's training; the register shows every
 * organisation's supervisors with their training status; a placement shows its supervisor's.
 */
describe.skipIf(!hasChromium)("workplaces, supervisors and the supervisor register in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
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

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lets a coordinator add a workplace with a supervisor and record the supervisor's training", async () => {
    const page = await openPage("coordinator@kungsor.demo");
    await page.getByRole("link", { name: "Arbetsplatser" }).click();
    await page.getByRole("heading", { level: 1, name: "Arbetsplatser" }).waitFor();
    await page.getByTestId("workplace").first().waitFor();
    await expectAccessible(page, "workplaces");

    const name = `Kungsörs Cykelverkstad ${Date.now()}`;
    const form = page.getByTestId("workplace-form").last();
    await form.getByLabel("Namn").fill(name);
    await form.getByLabel("Kommun").selectOption({ label: "Kungsör" });
    await form.getByLabel("Adress").fill("Drottninggatan 5");
    await form.getByLabel("Organisationsnummer").fill("556036-0794");
    await form.getByLabel("Kontaktperson", { exact: true }).fill("Mats Ek");
    await form.getByRole("button", { name: "Lägg upp arbetsplats" }).click();
    await expect(form.getByTestId("field-error").innerText()).resolves.toContain("kontrollsiffra");
    await form.getByLabel("Organisationsnummer").fill("556036-0793");
    await form.getByRole("button", { name: "Lägg upp arbetsplats" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Arbetsplatsen ${name} är upplagd.` })
      .waitFor();

    const panel = page.getByTestId("workplace").filter({ has: page.getByRole("heading", { level: 2, name }) });
    await expect(panel.innerText()).resolves.toContain("Mats Ek");
    await panel.getByLabel("Handledarens namn").fill("Lena Holm");
    await panel.getByLabel("Telefon").fill("0227-123 45");
    await panel.getByRole("button", { name: "Lägg till handledare" }).click();
    const row = panel.getByTestId("supervisor-row").filter({ hasText: "Lena Holm" });
    await expect(row.getByTestId("training-status").innerText()).resolves.toBe("Ej utbildad handledare");

    await row.getByRole("button", { name: /Registrera utbildning/ }).click();
    const training = panel.getByTestId("training-form");
    await training.getByLabel("Kurs").fill("Handledarutbildning, Arbetsförmedlingen");
    await training.getByLabel("Kurs").press("Enter");
    // Anchored: "Ej utbildad handledare" contains "utbildad handledare", and hasText ignores case.
    await row
      .getByTestId("training-status")
      .filter({ hasText: /^Utbildad handledare/ })
      .waitFor();
    await expect(row.innerText()).resolves.toContain("Handledarutbildning, Arbetsförmedlingen");
    await screenshot(page, "workplaces");
    await expectAccessible(page, "workplaces after a training");
    await page.context().close();

    const entry = await server.gql(`{ auditLog(first: 20) { action } }`, {}, await server.login("admin@kungsor.demo"));
    expect(entry.data.auditLog.map((e: { action: string }) => e.action)).toContain("recordSupervisorTraining");
  });

  it("shows the supervisor register with training status across organisations, filtered to the untrained", async () => {
    const page = await openPage("viewer@koping.demo");
    await page.getByRole("link", { name: "Handledarregister" }).click();
    await page.getByRole("heading", { level: 1, name: "Handledarregister" }).waitFor();
    const rows = page.getByTestId("register-row");
    await rows.first().waitFor();
    const text = await page.getByTestId("supervisor-register").innerText();
    for (const organisation of ["Köpings kommun", "Arboga kommun", "Kungsörs kommun"]) expect(text).toContain(organisation);
    const statuses = await page
      .getByTestId("training-status")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-status")));
    expect(new Set(statuses)).toEqual(new Set(["TRAINED", "DUE", "NOT_TRAINED"]));
    await expectAccessible(page, "supervisor register");

    const before = await rows.count();
    await page.getByLabel("Utbildning").selectOption({ label: "Ej utbildad handledare" });
    // At least one row, and every row filtered: an empty list (while the filtered page loads) is not the answer.
    await page.waitForFunction(() => {
      const nodes = [...document.querySelectorAll('[data-testid="training-status"]')];
      return nodes.length > 0 && nodes.every((node) => node.getAttribute("data-status") === "NOT_TRAINED");
    });
    const untrained = await rows.count();
    expect(untrained).toBeGreaterThan(0);
    expect(untrained).toBeLessThan(before);
    await page.getByLabel("Utbildning").selectOption({ label: "Utbildningen behöver förnyas" });
    // At least one row, and every row filtered: an empty list (while the filtered page loads) is not the answer.
    await page.waitForFunction(() => {
      const nodes = [...document.querySelectorAll('[data-testid="training-status"]')];
      return nodes.length > 0 && nodes.every((node) => node.getAttribute("data-status") === "DUE");
    });
    await screenshot(page, "supervisor-register");
    await page.context().close();
  });

  it("shows on the board and on the placement page that a placement's supervisor is untrained", async () => {
    const token = await server.login("coordinator@koping.demo");
    const board = await server.gql(
      `{ board(first: 100, sort: NEWEST) { edges { node { id title supervisor { trainingStatus } } } } }`,
      {},
      token,
    );
    const placement = board.data.board.edges
      .map((edge: { node: { id: string; title: string; supervisor: { trainingStatus: string } | null } }) => edge.node)
      .find((node: { supervisor: { trainingStatus: string } | null }) => node.supervisor?.trainingStatus === "NOT_TRAINED");
    expect(placement, "demo data has an open placement with an untrained supervisor").toBeDefined();

    const page = await openPage("coordinator@koping.demo");
    await page.getByLabel("Sök", { exact: true }).fill(placement.title);
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    const card = page.getByTestId("placement-card").filter({ hasText: placement.title });
    await expect(card.getByTestId("training-status").innerText()).resolves.toBe("Ej utbildad handledare");

    await page.goto(`${server.url}/placements/${placement.id}`);
    await page.getByRole("heading", { level: 1, name: placement.title }).waitFor();
    await expect(page.getByTestId("training-status").innerText()).resolves.toBe("Ej utbildad handledare");
    await screenshot(page, "placement-untrained-supervisor");
    await expectAccessible(page, "placement with an untrained supervisor");
    await page.context().close();
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});

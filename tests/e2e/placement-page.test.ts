import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { collectPageErrors, E2E_TEST_MS, guardedContext, hasChromium, launchBrowser, screenshot, signIn } from "./browser";

/** What a placement's page and "Våra reservationer" tell a coordinator (issue 15). */
describe.skipIf(!hasChromium)("a placement's page in Chromium", { timeout: E2E_TEST_MS }, () => {
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

  async function openPage(email: string): Promise<Page> {
    const { context } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    await signIn(page, server.url, email);
    return page;
  }

  it("confirms a posted placement and a saved change, and names the contact person and the dates", async () => {
    const page = await openPage("coordinator@koping.demo");
    await page.goto(`${server.url}/placements/new`);
    const title = "Kockbiträde i Storköket";
    await page.getByLabel(/^Rubrik/).fill(title);
    await page.getByLabel(/^Typ av plats/).selectOption("INTERNSHIP");
    await page.getByLabel(/^Arbetsplats/).selectOption({ index: 1 });
    await page.getByLabel(/^Antal platser/).fill("2");
    await page.getByLabel(/^Startdatum/).fill("2027-03-01");
    await page.getByLabel(/^Slutdatum/).fill("2027-04-30");
    await page.getByRole("button", { name: "Lägg upp" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await expect(page.getByTestId("placement-saved").innerText()).resolves.toBe("Praktikplatsen är upplagd.");
    await expect(page.getByTestId("placement-contact").innerText()).resolves.toContain("Samordnare Köpings kommun");
    await expect(page.getByTestId("placement-dates").innerText()).resolves.toMatch(/^Upplagd .+ · Senast ändrad .+/);

    await page.getByRole("link", { name: "Ändra praktikplatsen" }).click();
    await page.getByLabel(/^Antal platser/).fill("3");
    await page.getByRole("button", { name: "Spara ändringar" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await expect(page.getByTestId("placement-saved").innerText()).resolves.toBe("Ändringarna är sparade.");
    // Shown once: a reload does not confirm again.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await expect(page.getByTestId("placement-saved").count()).resolves.toBe(0);
    await page.context().close();
  });

  it("shows a closed placement greyed, with why, and without seats to take, a claim form or an edit link", async () => {
    const koping = await server.login("coordinator@koping.demo");
    const workplaceId = (await server.gql(`{ workplaces { id } }`, {}, koping)).data.workplaces[0].id;
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      {
        input: { title: "Lokalvård, stängd", kind: "INTERNSHIP", workplaceId, capacity: 3, startDate: "2027-03-01", endDate: "2027-04-30" },
      },
      koping,
    );
    const id = posted.data.postPlacement.id;
    await server.gql(`mutation($id: ID!) { closePlacement(id: $id) { id } }`, { id }, koping);

    for (const email of ["coordinator@koping.demo", "coordinator@arboga.demo"]) {
      const page = await openPage(email);
      await page.goto(`${server.url}/placements/${id}`);
      await page.getByRole("heading", { level: 1, name: "Lokalvård, stängd" }).waitFor();
      await expect(page.getByTestId("placement-page").getAttribute("class")).resolves.toContain("inactive");
      await expect(page.getByTestId("placement-status-notice").innerText()).resolves.toContain("Platsen är stängd.");
      await expect(page.getByText(/av 3 lediga/).count()).resolves.toBe(0);
      await expect(page.getByRole("button", { name: "Reservera", exact: true }).count()).resolves.toBe(0);
      await expect(page.getByRole("link", { name: "Ändra praktikplatsen" }).count()).resolves.toBe(0);
      if (email.includes("arboga")) await screenshot(page, "placement-closed");
      await page.context().close();
    }
  });

  it("lists our reservations with participant code, period and expiry, and who holds seats as held or confirmed", async () => {
    const arboga = await server.login("coordinator@arboga.demo");
    const koping = await server.login("coordinator@koping.demo");
    const participant = await server.gql(`mutation { registerParticipant(input: { code: "ARB-715" }) { id } }`, {}, arboga);
    const workplaceId = (await server.gql(`{ workplaces { id } }`, {}, koping)).data.workplaces[0].id;
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      {
        input: {
          title: "Vaktmästeri, våren",
          kind: "INTERNSHIP",
          workplaceId,
          capacity: 3,
          startDate: "2027-03-01",
          endDate: "2027-04-30",
        },
      },
      koping,
    );
    const placementId = posted.data.postPlacement.id;
    await server.gql(
      `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`,
      { input: { placementId, participantId: participant.data.registerParticipant.id } },
      arboga,
    );

    const page = await openPage("coordinator@arboga.demo");
    await page.getByRole("link", { name: "Min organisation" }).click();
    const row = page.getByTestId("our-claims").locator("li").filter({ hasText: "Vaktmästeri, våren" });
    await row.waitFor();
    await expect(row.getByTestId("our-claim-participant").innerText()).resolves.toBe("Deltagare ARB-715");
    await expect(row.getByTestId("our-claim-period").innerText()).resolves.toBe("Period: 1 mars 2027 – 30 apr. 2027 (v. 9–17)");
    await expect(row.getByTestId("our-claim-expiry").innerText()).resolves.toMatch(/Reservationen gäller till \d+/);
    // No run-together words: the status and the title are apart.
    await expect(row.innerText()).resolves.toMatch(/^Reserverad Vaktmästeri, våren/);

    await page.goto(`${server.url}/placements/${placementId}`);
    await expect(page.getByTestId("seat-holdings").innerText()).resolves.toContain("1 plats (1 väntar på svar, 0 bekräftade)");
    await page.context().close();
  });

  it("raised no error in any page", () => {
    expect(pageErrors).toEqual([]);
  });
});

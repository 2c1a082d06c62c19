import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server";
import {
  collectPageErrors,
  E2E_TEST_MS,
  E2E_WAIT_MS,
  guardedContext,
  hasChromium,
  launchBrowser,
  screenshot,
  seriousAccessibilityFindings,
  signIn,
} from "./browser";

/**
 * Must-show 6: Arboga's coordinator picks a participant on the board and sees which placements fit
 * and why not, claims a seat on Köping's truck placement with consent and a reason to go ahead
 * without a forklift licence; Köping sees the participant summary and the coordinator's contact;
 * Kungsör queues for the now full placement and gets the seat when Arboga releases it.
 */
describe.skipIf(!hasChromium)("the participant's way through the pool in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  const tag = `Truckprov${Date.now() % 100000}`;
  const code = `ARB-E2E${Date.now() % 1000}`;
  let placementId: string;

  async function openPage(email: string): Promise<Page> {
    const { context } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    page.setDefaultTimeout(E2E_WAIT_MS);
    pageErrors.push(...collectPageErrors(page));
    await signIn(page, server.url, email);
    return page;
  }

  async function checkAccessibility(page: Page, name: string) {
    expect(await seriousAccessibilityFindings(page), `axe-core findings on ${name}`).toEqual([]);
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const koping = await server.login("coordinator@koping.demo");
    const arboga = await server.login("coordinator@arboga.demo");
    const workplaces = await server.gql(`{ workplaces { id municipality { code } } }`, {}, koping);
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      {
        input: {
          title: `${tag} lager med truck`,
          kind: "INTERNSHIP",
          workplaceId: workplaces.data.workplaces[0].id,
          capacity: 1,
          startDate: "2027-03-01",
          requirements: { swedishLevel: "BASIC", licences: ["FORKLIFT"] },
        },
      },
      koping,
    );
    placementId = posted.data.postPlacement.id;
    await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      {
        input: {
          title: `${tag} butik utan krav`,
          kind: "INTERNSHIP",
          workplaceId: workplaces.data.workplaces[0].id,
          capacity: 2,
          startDate: "2027-03-01",
        },
      },
      koping,
    );
    await server.gql(
      `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`,
      { input: { code, swedishLevel: "INTERMEDIATE", licences: ["DRIVING_B"], homeMunicipalityCode: "1984" } },
      arboga,
    );
    await server.gql(
      `mutation($input: UpdateContactDetailsInput!) { updateContactDetails(input: $input) { id } }`,
      { input: { email: "praktik@arboga.example.se", phone: "0589-871 00" } },
      arboga,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a coordinator picks a participant, sees fits and why-nots, and claims with consent and a reason", async () => {
    const page = await openPage("coordinator@arboga.demo");
    await page.goto(`${server.url}/?q=${encodeURIComponent(tag)}`);
    await page.getByLabel("Deltagarkod", { exact: true }).selectOption({ label: code });
    const truckCard = page.getByTestId("placement-card").filter({ hasText: "lager med truck" });
    await truckCard.getByText(`Passar inte ${code}`).waitFor();
    await expect(truckCard.getByTestId("placement-fit").innerText()).resolves.toMatch(/Truckkort: saknas/);
    await page.getByTestId("placement-card").filter({ hasText: "butik utan krav" }).getByText(`Passar ${code}`).waitFor();
    // Only what the person meets, by keyboard.
    await page.getByLabel(/Visa bara platser där deltagaren uppfyller kraven/).focus();
    await page.keyboard.press("Space");
    await truckCard.waitFor({ state: "detached" });
    await checkAccessibility(page, "board with a participant picked");
    await screenshot(page, "board-fit");
    await page.getByLabel(/Visa bara platser/).uncheck();

    await page.getByRole("link", { name: `${tag} lager med truck` }).click();
    await page.getByRole("heading", { level: 1, name: `${tag} lager med truck` }).waitFor();
    await page.locator("#claim-participant").selectOption({ label: code });
    await page.getByTestId("claim-lacks").getByText(`${code} saknar: Truckkort`).waitFor();
    await page.getByLabel("Varför vill du reservera ändå?").fill("Truckutbildning bokad vecka 8, före start.");
    await page.getByLabel(/har skriftligen samtyckt till att Köpings kommun/).check();
    await page.getByLabel("Samtycket gäller till och med").fill("2027-12-31");
    await page.getByLabel(/Var det undertecknade samtycket finns/).fill("Dnr AME 2026/118");
    await checkAccessibility(page, "claim form with lacks and consent");
    await page.getByRole("button", { name: "Reservera" }).click();
    await page.getByTestId("claim-result").waitFor();
    await screenshot(page, "claim-with-consent");
    await page.context().close();
  });

  it("the owner sees the participant summary and the claiming coordinator's contact", async () => {
    const page = await openPage("coordinator@koping.demo");
    await page.goto(`${server.url}/my-organisation`);
    const claim = page.getByTestId("awaiting-claim").filter({ hasText: `${tag} lager med truck` });
    await claim.getByTestId("claim-participant").getByText(`Deltagare ${code}: svenska Klarar samtal på jobbet`).waitFor();
    await expect(claim.getByTestId("claim-contact").innerText()).resolves.toMatch(/praktik@arboga\.example\.se.*0589-871 00/);
    await claim.getByText(/Truckutbildning bokad vecka 8/).waitFor();
    await checkAccessibility(page, "my organisation with a consented participant");
    await screenshot(page, "owner-sees-participant");
    await page.context().close();
  });

  it("another organisation queues on the full placement and gets the seat when the first claimant releases it", async () => {
    const kungsor = await openPage("coordinator@kungsor.demo");
    await kungsor.goto(`${server.url}/placements/${placementId}`);
    const queue = kungsor.getByTestId("placement-queue");
    await queue.getByRole("button", { name: "Ställ i kö" }).click();
    await queue.getByTestId("queue-position").getByText("Ni står i kö, plats 1.").waitFor();
    await checkAccessibility(kungsor, "placement queue");

    const arboga = await openPage("coordinator@arboga.demo");
    await arboga.goto(`${server.url}/placements/${placementId}`);
    await arboga.getByRole("button", { name: "Lämna tillbaka platsen" }).click();
    await arboga.getByText("Du har lämnat tillbaka platsen. Den är ledig i poolen igen.").waitFor();
    await arboga.context().close();

    await kungsor.reload();
    await kungsor.getByTestId("queue-offered").waitFor();
    await kungsor.goto(`${server.url}/my-organisation`);
    await kungsor.getByTestId("our-waiting-entry").filter({ hasText: "Fick en plats" }).waitFor();
    await checkAccessibility(kungsor, "my organisation with an offered queue place");
    await screenshot(kungsor, "queue-offered");
    await kungsor.context().close();
    expect(pageErrors).toEqual([]);
  });
});

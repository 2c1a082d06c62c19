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
 * Must-show 3: two signed-in browsers. Arboga claims a seat on its own screen; on Kungsör's
 * screen the card's free seats change without a reload, with a brief highlight, and the change is
 * announced in a polite live region.
 */
describe.skipIf(!hasChromium)("the live board in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  const title = "Lagerarbete, livetest";
  let placementId: string;

  async function openPage(email: string): Promise<Page> {
    const { context } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    await signIn(page, server.url, email);
    return page;
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const koping = await server.login("coordinator@koping.demo");
    const workplaces = (await server.gql(`{ workplaces { id municipality { name } } }`, {}, koping)).data.workplaces;
    const inKoping = workplaces.find((workplace: { municipality: { name: string } }) => workplace.municipality.name === "Köping");
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      { input: { title, kind: "INTERNSHIP", workplaceId: inKoping.id, capacity: 4, startDate: "2027-05-03" } },
      koping,
    );
    placementId = posted.data.postPlacement.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("changes the other coordinator's card without a reload and announces who took the seat", async () => {
    const watcher = await openPage("coordinator@kungsor.demo");
    await watcher.locator('header[data-live="live"]').waitFor();
    const card = watcher.getByTestId("placement-card").filter({ hasText: title });
    await card.getByText("4 av 4 lediga").waitFor();
    let navigations = 0;
    watcher.on("framenavigated", (frame) => {
      if (frame === watcher.mainFrame()) navigations++;
    });

    // The claimer's own live update is made to arrive before its claim's answer, as it can when
    // the server publishes at commit: the answer is held until the socket has carried the update.
    const { context } = await guardedContext(browser, server.url);
    const claimer = await context.newPage();
    pageErrors.push(...collectPageErrors(claimer));
    let updateArrived!: () => void;
    const ownUpdate = new Promise<void>((resolve) => (updateArrived = resolve));
    claimer.on("websocket", (socket) =>
      socket.on("framereceived", ({ payload }) => {
        const frame = String(payload);
        if (frame.includes('"placementUpdated"') && frame.includes(`"id":"${placementId}"`) && frame.includes('"freeSeats":3'))
          updateArrived();
      }),
    );
    await claimer.route("**/graphql", async (route) => {
      if (!route.request().postData()?.includes('"operationName":"ClaimSeat"')) return route.fallback();
      const response = await route.fetch();
      await ownUpdate;
      await route.fulfill({ response });
    });
    await signIn(claimer, server.url, "coordinator@arboga.demo");
    await claimer.goto(`${server.url}/placements/${placementId}`);
    await claimer.getByRole("heading", { level: 1, name: title }).waitFor();
    // Every sentence the claimer's live region ever says, kept by the page itself.
    await claimer.evaluate(() => {
      const region = document.querySelector('[data-testid="live-announcer"]')!;
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await claimer.getByLabel("Antal platser").fill("1");
    await claimer.getByRole("button", { name: "Reservera", exact: true }).click();
    await claimer.getByTestId("claim-result").waitFor();

    await card.getByText("3 av 4 lediga").waitFor();
    expect(navigations, "the watcher's page was not reloaded").toBe(0);
    const announcer = watcher.getByTestId("live-announcer");
    await expect(announcer.getAttribute("aria-live")).resolves.toBe("polite");
    await watcher
      .getByTestId("live-announcer")
      .filter({ hasText: `tog 1 plats på ${title}, Köping` })
      .waitFor({ state: "attached" });
    await expect(announcer.innerText()).resolves.toMatch(/^Arboga.* tog 1 plats på Lagerarbete, livetest, Köping$/);
    await expect(card.locator(".capacity").getAttribute("data-changed")).resolves.toBe("true");
    await screenshot(watcher, "live-board-changed");
    expect(await seriousAccessibilityFindings(watcher)).toEqual([]);

    // The claimer's own change is in its cache already: its screen is not told again. Someone
    // else's later claim is, and its sentence comes after any the claimer's own update caused.
    const kungsor = await server.login("coordinator@kungsor.demo");
    const later = await server.gql(
      `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`,
      { input: { placementId, seats: 1 } },
      kungsor,
    );
    expect(later.errors).toBeUndefined();
    await claimer.getByTestId("live-announcer").filter({ hasText: "Kungsör" }).waitFor({ state: "attached" });
    const said = await claimer.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said).toEqual([expect.stringMatching(/^Kungsör.* tog 1 plats på Lagerarbete, livetest, Köping$/)]);
    expect(pageErrors).toEqual([]);
  });

  it("saves the board's filters as a bevakning and shows a new matching placement in the header and the list without a reload", async () => {
    const page = await openPage("coordinator@arboga.demo");
    await page.locator('header[data-live="live"]').waitFor();
    // The board's filters live in the URL (useBoardFilters); this is Köping only.
    await page.goto(`${server.url}/?kommun=1983`);
    await page.locator('header[data-live="live"]').waitFor();
    await page.getByRole("button", { name: "Spara som bevakning" }).click();
    await page.getByLabel("Namn på bevakningen").fill("Allt i Köping");
    await page.getByRole("button", { name: "Spara bevakningen" }).click();
    await page.getByTestId("saved-search-outcome").filter({ hasText: "Bevakningen Allt i Köping är sparad" }).waitFor();

    const koping = await server.login("coordinator@koping.demo");
    const workplaces = (await server.gql(`{ workplaces { id municipality { name } } }`, {}, koping)).data.workplaces;
    const inKoping = workplaces.find((workplace: { municipality: { name: string } }) => workplace.municipality.name === "Köping");
    await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      { input: { title: "Bevakad plats", kind: "INTERNSHIP", workplaceId: inKoping.id, capacity: 1, startDate: "2027-05-10" } },
      koping,
    );
    await page.getByTestId("unread-badge").filter({ hasText: "1" }).waitFor();
    await page.getByRole("link", { name: "Aviseringar, 1 olästa" }).click();
    await page.getByRole("heading", { level: 1, name: "Aviseringar" }).waitFor();
    await page.getByTestId("notification").filter({ hasText: "Ny plats som matchar din bevakning: Bevakad plats, Köping" }).waitFor();
    await page.getByTestId("saved-searches").filter({ hasText: "Allt i Köping" }).waitFor();
    await page.getByLabel("Ny plats för en bevakning").selectOption("NONE");
    await page.getByRole("status").filter({ hasText: "Ditt val för Ny plats för en bevakning är sparat." }).waitFor();
    await screenshot(page, "notifications");
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await page.getByRole("button", { name: "Markera alla som lästa" }).click();
    await page.getByTestId("unread-count").filter({ hasText: "Inga olästa" }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("offers a new match instead of pushing cards down, and lets a card that stops matching leave only once the pointer is out of the list", async () => {
    const watcher = await openPage("coordinator@kungsor.demo");
    await watcher.locator('header[data-live="live"]').waitFor();
    // "Bara med lediga platser", as the board's URL says it.
    await watcher.goto(`${server.url}/?lediga=1`);
    await watcher.locator('header[data-live="live"]').waitFor();
    await watcher.getByTestId("placement-card").first().waitFor();

    const koping = await server.login("coordinator@koping.demo");
    const workplaces = (await server.gql(`{ workplaces { id municipality { name } } }`, {}, koping)).data.workplaces;
    const inKoping = workplaces.find((workplace: { municipality: { name: string } }) => workplace.municipality.name === "Köping");
    const lastSeat = "Sista platsen, livetest";
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
      { input: { title: lastSeat, kind: "INTERNSHIP", workplaceId: inKoping.id, capacity: 1, startDate: "2027-05-17" } },
      koping,
    );
    const offer = watcher.getByTestId("new-matches");
    await offer.filter({ hasText: "Visa 1 ny plats som matchar" }).waitFor();
    expect(await watcher.getByTestId("placement-card").filter({ hasText: lastSeat }).count()).toBe(0);
    await offer.click();
    const card = watcher.getByTestId("placement-card").filter({ hasText: lastSeat });
    await card.getByText("1 av 1 lediga").waitFor();

    await card.hover();
    const before = await card.boundingBox();
    const arboga = await server.login("coordinator@arboga.demo");
    await server.gql(`mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id } }`, { p: posted.data.postPlacement.id }, arboga);
    await card.getByTestId("leaving").filter({ hasText: "Matchar inte längre filtret" }).waitFor();
    await card.getByText("0 av 1 lediga").waitFor();
    const after = await card.boundingBox();
    expect({ x: after?.x, y: after?.y }, "the card stays where it was while the pointer is on the list").toEqual({
      x: before?.x,
      y: before?.y,
    });

    await watcher.mouse.move(1, 1);
    await card.waitFor({ state: "detached" });
    expect(pageErrors).toEqual([]);
  });
});

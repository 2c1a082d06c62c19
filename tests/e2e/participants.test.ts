import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/modules/audit/audit-entry.entity";
import { Claim } from "../../server/modules/claim/claim.entity";
import { Participant } from "../../server/modules/participant/participant.entity";
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
 * A coordinator's own participants in a real browser: Köping registers a person on the
 * participants page, claims a seat on Arboga's placement for them, takes their data extract and
 * erases them — and the seat stays held, without the person.
 */
describe.skipIf(!hasChromium)("participants in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let outside: string[];
  let pageErrors: string[];
  let target: { id: string; title: string; freeSeats: number };

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const arboga = await server.login("coordinator@arboga.demo");
    const workplaces = await server.gql(`{ workplaces { id organisation { slug } } }`, {}, arboga);
    const posted = await server.gql(
      `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id title freeSeats } }`,
      {
        input: {
          title: "Lagerpraktik för deltagartest",
          kind: "INTERNSHIP",
          workplaceId: workplaces.data.workplaces.find((w: any) => w.organisation.slug === "arboga").id,
          capacity: 3,
          startDate: "2027-03-01",
        },
      },
      arboga,
    );
    target = posted.data.postPlacement;
    const guarded = await guardedContext(browser, server.url);
    outside = guarded.outsideRequests;
    page = await guarded.context.newPage();
    pageErrors = collectPageErrors(page);
    await signIn(page, server.url, "coordinator@koping.demo");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("registers a participant on the participants page", async () => {
    await page.getByRole("link", { name: "Deltagare", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Deltagare" }).waitFor();
    await page.getByLabel("Deltagarkod").fill("kop-e2e-1");
    await page.getByLabel("Svenska", { exact: true }).selectOption("INTERMEDIATE");
    await page.getByRole("checkbox", { name: "B-körkort" }).check();
    await page.getByLabel("Hemkommun").selectOption({ label: "Köping" });
    await page.getByLabel("Kan börja från").fill("2027-02-15");
    await page.getByRole("button", { name: "Registrera", exact: true }).click();
    await page.getByTestId("participant-outcome").filter({ hasText: "KOP-E2E-1 är registrerad." }).waitFor();
    const row = page.getByTestId("participant-table").locator('tr[data-code="KOP-E2E-1"]');
    await row.getByText("Klarar samtal på jobbet").waitFor();
    await expect(row.innerText()).resolves.toContain("B-körkort");
    await screenshot(page, "participants");
    expect(await seriousAccessibilityFindings(page), "axe-core findings on the participants page").toEqual([]);
  });

  it("claims a seat for the participant, and registers another from the claim form", async () => {
    await page.goto(`${server.url}/placements/${target.id}`);
    await page.getByRole("heading", { level: 1, name: target.title }).waitFor();
    const picker = page.getByLabel("Deltagarkod (valfritt)");
    await picker.locator("option", { hasText: "KOP-E2E-1" }).waitFor({ state: "attached" });
    await picker.selectOption({ label: "KOP-E2E-1" });
    await page.getByRole("button", { name: "Reservera", exact: true }).click();
    await page.getByTestId("claim-result").waitFor();
    await page
      .getByText(`${target.freeSeats - 1} av 3 lediga`)
      .first()
      .waitFor();

    await page.getByLabel("Eller registrera en ny deltagarkod").fill("KOP-E2E-2");
    await page.getByRole("button", { name: "Registrera och välj" }).click();
    await expect.poll(async () => picker.locator("option:checked").innerText()).toBe("KOP-E2E-2");
    expect(await seriousAccessibilityFindings(page), "axe-core findings on the claim form").toEqual([]);

    const claim = await server.dataSource.getRepository(Claim).findOneByOrFail({ placementId: target.id });
    const participant = await server.dataSource.getRepository(Participant).findOneByOrFail({ id: claim.participantId! });
    expect(participant.code).toBe("KOP-E2E-1");
  });

  it("downloads the participant's extract and then erases them; the seat stays held", async () => {
    await page.getByRole("link", { name: "Deltagare", exact: true }).click();
    const row = page.getByTestId("participant-table").locator('tr[data-code="KOP-E2E-1"]');
    await row.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("button", { name: "Registerutdrag" }).click()]);
    expect(download.suggestedFilename()).toBe("deltagare-KOP-E2E-1.json");
    const extract = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(extract.participant.code).toBe("KOP-E2E-1");
    expect(extract.claims).toHaveLength(1);

    await row.getByRole("button", { name: "Radera" }).click();
    await page.getByRole("button", { name: "Ja, radera" }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("participant-outcome").filter({ hasText: "Deltagaren är raderad." }).waitFor();
    await row.waitFor({ state: "detached" });
    await screenshot(page, "participants-erased");

    const koping = await server.login("coordinator@koping.demo");
    const listed = await server.gql(`{ participants(includeArchived: true) { code } }`, {}, koping);
    expect(JSON.stringify(listed)).not.toContain("KOP-E2E-1");
    const placement = await server.gql(`query($id: ID!) { placement(id: $id) { freeSeats } }`, { id: target.id }, koping);
    expect(placement.data.placement.freeSeats).toBe(target.freeSeats - 1);
    const claim = await server.dataSource.getRepository(Claim).findOneByOrFail({ placementId: target.id });
    expect(claim).toMatchObject({ participantId: null, seats: 1, status: "HELD" });
    expect(await server.dataSource.getRepository(AuditEntry).countBy({ action: "eraseParticipant" })).toBe(1);
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

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

const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
const KOPING = "Köpings kommun – Jobbcenter";

/**
 * Consent on the participants page in a real browser: Arboga holds a seat on Köping's placement
 * for ARB-SAM-1; Köping sees "Samtycke saknas" until Arboga's coordinator records a consent
 * covering Köping, sees the participant then, and the missing consent again once it is revoked.
 * Refusals (a day already past, a minor without a guardian's agreement) show beside their fields,
 * and Arboga's read-only user sees the consents without the controls.
 */
describe.skipIf(!hasChromium)("participant consents in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  let arboga: Page;
  let koping: Page;
  let kopingToken: string;
  let claimId: string;
  const pageErrors: string[] = [];
  const outside: string[][] = [];
  const title = "Lager med samtyckesprov";

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const arbogaToken = await server.login("coordinator@arboga.demo");
    kopingToken = await server.login("coordinator@koping.demo");
    const workplaces = await server.gql(`{ workplaces { id } }`, {}, kopingToken);
    const placementId = (
      await server.gql(
        `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
        { input: { title, kind: "INTERNSHIP", workplaceId: workplaces.data.workplaces[0].id, capacity: 2, startDate: "2027-03-01" } },
        kopingToken,
      )
    ).data.postPlacement.id;
    const register = `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`;
    const adult = (await server.gql(register, { input: { code: "ARB-SAM-1", swedishLevel: "BASIC" } }, arbogaToken)).data
      .registerParticipant.id;
    await server.gql(register, { input: { code: "ARB-SAM-UNG", minor: true } }, arbogaToken);
    claimId = (
      await server.gql(
        `mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { id } }`,
        { input: { placementId, participantId: adult } },
        arbogaToken,
      )
    ).data.claimSeat.id;

    for (const [email, assign] of [
      ["coordinator@arboga.demo", (page: Page) => (arboga = page)],
      ["coordinator@koping.demo", (page: Page) => (koping = page)],
    ] as const) {
      const guarded = await guardedContext(browser, server.url);
      const page = await guarded.context.newPage();
      page.on("pageerror", (error) => pageErrors.push(error.message));
      outside.push(guarded.outsideRequests);
      await signIn(page, server.url, email);
      assign(page);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** What Köping's "awaiting your decision" list says about the person on Arboga's hold. */
  async function ownerSees(): Promise<string> {
    await koping.goto(`${server.url}/my-organisation`);
    const claim = koping.getByTestId("awaiting-claim").filter({ hasText: title });
    await claim.getByTestId(/claim-participant|claim-no-consent/).waitFor();
    return claim.innerText();
  }
  const sharing = async () =>
    (await server.gql(`query($id: ID!) { claim(id: $id) { participantSharing participant { code } } }`, { id: claimId }, kopingToken)).data
      .claim;

  async function openConsents(page: Page, code: string) {
    await page.getByRole("link", { name: "Deltagare", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Deltagare" }).waitFor();
    await page.getByRole("button", { name: `Samtycken ${code}`, exact: true }).click();
    const section = page.getByTestId("participant-consents");
    await section.getByRole("heading", { name: `Samtycken för ${code}` }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(`Samtycken för ${code}`);
    return section;
  }

  it("refuses a consent whose last day has passed, beside the date, in Swedish", async () => {
    expect(await ownerSees()).toContain("Samtycke saknas");
    const section = await openConsents(arboga, "ARB-SAM-1");
    await section.getByTestId("consent-none").waitFor();

    // Nothing chosen: the form says so before asking the server, and moves focus there.
    await section.getByRole("button", { name: "Registrera samtycke" }).click();
    await section.getByText("Välj minst en organisation.").waitFor();
    await expect.poll(() => arboga.evaluate(() => document.activeElement?.id)).toMatch(/-organisation-0$/);

    await section.getByRole("checkbox", { name: KOPING }).check();
    await expect(section.getByRole("checkbox", { name: "Arboga kommun – Arbetsmarknadsenheten" }).count()).resolves.toBe(0);
    const until = section.getByLabel("Samtycket gäller till och med");
    await until.fill("2020-01-01");
    await section.getByRole("button", { name: "Registrera samtycke" }).click();
    const error = section.getByTestId("field-error").filter({ hasText: "Samtycket måste gälla minst till i dag" });
    await error.waitFor();
    await expect(until.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(until.getAttribute("aria-describedby")).resolves.toContain(await error.getAttribute("id"));
    await expect.poll(() => arboga.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("date");
    expect(await sharing()).toEqual({ participantSharing: "NO_CONSENT", participant: null });
  });

  it("records a consent covering Köping, which then sees the participant", async () => {
    const section = arboga.getByTestId("participant-consents");
    await section.getByLabel("Samtycket gäller till och med").fill(inAYear());
    await section.getByLabel(/Var det undertecknade samtycket finns/).fill("Dnr 2026/4711");
    await section.getByRole("button", { name: "Registrera samtycke" }).click();
    await section.getByTestId("consent-record-outcome").filter({ hasText: "Samtycket för ARB-SAM-1 är registrerat." }).waitFor();
    const row = section.getByTestId("consent-table").locator("tbody tr");
    await row.filter({ hasText: "Gäller" }).waitFor();
    const text = await row.innerText();
    expect(text).toContain(KOPING);
    expect(text).toContain("Dnr 2026/4711");
    expect(text).toContain("Samordnare Arboga kommun");
    await expect(section.getByRole("checkbox", { name: KOPING }).isChecked()).resolves.toBe(false);
    await screenshot(arboga, "participant-consents");
    expect(await seriousAccessibilityFindings(arboga), "axe-core findings on the consents section").toEqual([]);

    const seen = await ownerSees();
    expect(seen).toContain("ARB-SAM-1");
    expect(seen).not.toContain("Samtycke saknas");
    expect(await sharing()).toEqual({ participantSharing: "CONSENTED", participant: { code: "ARB-SAM-1" } });
  });

  it("shows Arboga's read-only user the consents without record or revoke controls", async () => {
    const guarded = await guardedContext(browser, server.url);
    const viewer = await guarded.context.newPage();
    const errors = collectPageErrors(viewer);
    await signIn(viewer, server.url, "viewer@arboga.demo");
    const section = await openConsents(viewer, "ARB-SAM-1");
    await section.getByTestId("consent-table").locator("tbody tr", { hasText: "Gäller" }).waitFor();
    await expect(section.getByRole("button", { name: /Återkalla/ }).count()).resolves.toBe(0);
    await expect(section.getByRole("button", { name: "Registrera samtycke" }).count()).resolves.toBe(0);
    expect(await seriousAccessibilityFindings(viewer), "axe-core findings on the read-only consents section").toEqual([]);
    expect(guarded.outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await guarded.context.close();
  });

  it("revokes the consent after asking, shows it revoked at once, and Köping no longer sees the participant", async () => {
    const section = arboga.getByTestId("participant-consents");
    await section.getByRole("button", { name: /^Återkalla/ }).click();
    await section.getByText("Återkalla samtycket? Organisationerna ser inte deltagaren längre.").waitFor();
    // The confirmation has focus: Enter confirms.
    await expect.poll(() => arboga.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Ja, återkalla");
    await arboga.keyboard.press("Enter");
    await section.getByTestId("consent-outcome").filter({ hasText: "Samtycket för ARB-SAM-1 är återkallat." }).waitFor();
    const row = section.getByTestId("consent-table").locator("tbody tr");
    await row.filter({ hasText: /Återkallad \d/ }).waitFor();
    await expect(row.getAttribute("data-status")).resolves.toBe("REVOKED");
    await expect(section.getByRole("button", { name: /^Återkalla/ }).count()).resolves.toBe(0);
    expect(await seriousAccessibilityFindings(arboga), "axe-core findings after revoking").toEqual([]);

    expect(await ownerSees()).toContain("Samtycke saknas");
    expect(await sharing()).toEqual({ participantSharing: "NO_CONSENT", participant: null });
  });

  it("refuses a minor's consent without a guardian's agreement, beside the checkbox, and records it with one", async () => {
    await arboga.getByRole("button", { name: "Stäng Samtycken för ARB-SAM-1" }).click();
    await expect.poll(() => arboga.evaluate(() => document.activeElement?.id)).toMatch(/^consents-/);
    const section = await openConsents(arboga, "ARB-SAM-UNG");
    await section.getByRole("checkbox", { name: KOPING }).check();
    await section.getByLabel("Samtycket gäller till och med").fill(inAYear());
    await section.getByRole("button", { name: "Registrera samtycke" }).click();
    const guardian = section.getByRole("checkbox", { name: "Vårdnadshavare har godkänt" });
    await section.getByTestId("field-error").filter({ hasText: "Deltagaren är minderårig." }).waitFor();
    await expect(guardian.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect.poll(() => arboga.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("checkbox");
    expect(await seriousAccessibilityFindings(arboga), "axe-core findings with a refusal shown").toEqual([]);

    await arboga.keyboard.press("Space");
    await section.getByRole("button", { name: "Registrera samtycke" }).click();
    const row = section.getByTestId("consent-table").locator("tbody tr");
    await row.filter({ hasText: "Gäller" }).waitFor();
    // Status, organisations, last day, recorded by, document reference, then the guardian's agreement.
    await expect(row.locator("td").nth(5).innerText()).resolves.toBe("Ja");
    await expect(section.getByTestId("field-error").count()).resolves.toBe(0);
    expect(outside.flat()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

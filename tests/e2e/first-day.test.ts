import { execFile } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Claim } from "../../server/modules/claim/claim.entity";
import { Organisation } from "../../server/modules/organisation/organisation.entity";
import { Participant } from "../../server/modules/participant/participant.entity";
import { Placement } from "../../server/modules/placement/placement.entity";
import { Role, User } from "../../server/modules/user/user.entity";
import { Supervisor } from "../../server/modules/workplace/supervisor.entity";
import { Workplace } from "../../server/modules/workplace/workplace.entity";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { createTestStore, type TestStore } from "../helpers/test-stores";
import { buildServer } from "../server/security/server-process";
import {
  collectPageErrors,
  E2E_TEST_MS,
  guardedContext,
  hasChromium,
  launchBrowser,
  screenshot,
  seriousAccessibilityFindings,
} from "./browser";

const ADMIN = { name: "Ann Andersson", email: "ann@koping.se", password: "ett-langt-hemligt-adminlosenord" };
const COORDINATOR = { name: "Karin Lind", email: "karin.lind@koping.se", password: "karins-eget-langa-losenord" };
const WORKPLACE = { name: "Köpings Cykelverkstad", organisationNumber: "556036-0793" };
const SUPERVISOR = "Lena Holm";
const PARTICIPANT = "KOP-FORSTA-1";
const PLACEMENT = "Cykelreparationer för nybörjare";

/**
 * Issue 10, must-show 1: an organisation that starts with nothing gets going from the client. A
 * store with no demo data gets its first admin from `npm run create-admin` (the compiled script, as
 * a separate process); from then on everything happens in Chromium: the admin adds a coordinator,
 * a workplace with a supervisor and a participant; the coordinator chooses her password through
 * the one-time link, signs in, posts a placement and claims a seat on it for the participant.
 * The tests only read the store to check what the pages did; they send no GraphQL of their own.
 */
describe.skipIf(!hasChromium)("an organisation's first day, from an empty store, in Chromium", { timeout: E2E_TEST_MS }, () => {
  let emptyStore: TestStore;
  let buildDir: string;
  let server: TestServer;
  let browser: Browser;
  let admin: Page;
  let coordinator: Page;
  let link: string;
  const outside: string[] = [];
  const pageErrors: string[] = [];

  async function openPage(): Promise<Page> {
    const { context, outsideRequests } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    page.on("close", () => outside.push(...outsideRequests));
    return page;
  }

  async function expectAccessible(page: Page, name: string) {
    await screenshot(page, `first-day-${name}`);
    expect(await seriousAccessibilityFindings(page), `axe-core findings on ${name}`).toEqual([]);
  }

  async function signInAs(page: Page, user: { email: string; password: string }) {
    await page.getByLabel("E-post").fill(user.email);
    await page.getByLabel("Lösenord").fill(user.password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("heading", { level: 1, name: "Praktikplatser" }).waitFor();
  }

  beforeAll(async () => {
    // Nothing at all, as on a new install: create-admin migrates it itself.
    emptyStore = await createTestStore("blank");
    buildDir = buildServer();
    const created = await promisify(execFile)(
      process.execPath,
      [
        "server/scripts/create-admin.js",
        ...["--org", "koping", "--org-name", "Köpings kommun", "--kind", "MUNICIPALITY"],
        ...["--email", ADMIN.email, "--name", ADMIN.name],
      ],
      {
        cwd: buildDir,
        env: {
          PATH: process.env.PATH,
          SEED_DEMO: "false",
          ADMIN_PASSWORD: ADMIN.password,
          SQLITE_PATH: emptyStore.sqlitePath,
          ...(emptyStore.databaseUrl ? { DATABASE_URL: emptyStore.databaseUrl } : {}),
        },
      },
    );
    expect(created.stdout).toContain(`Created admin ${ADMIN.email} in koping.`);
    server = await startTestServer({ seedDemo: false, storeOf: { location: emptyStore } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await emptyStore?.remove();
    if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
    expect(outside, "requests outside the server's origin").toEqual([]);
    expect(pageErrors, "uncaught errors in the pages").toEqual([]);
  });

  it("starts with the one admin create-admin made and nothing else", async () => {
    const users = await server.dataSource.getRepository(User).find();
    expect(users.map(({ email, role }) => ({ email, role }))).toEqual([{ email: ADMIN.email, role: Role.ADMIN }]);
    expect(await server.dataSource.getRepository(Organisation).count()).toBe(1);
    for (const entity of [Workplace, Placement, Participant, Claim]) expect(await server.dataSource.getRepository(entity).count()).toBe(0);
  });

  it("lets the admin sign in and add a coordinator, handing over a one-time link", async () => {
    admin = await openPage();
    await admin.goto(`${server.url}/sign-in`);
    await signInAs(admin, ADMIN);
    await admin.getByRole("navigation").getByRole("link", { name: "Användare" }).click();
    await admin.getByRole("heading", { level: 1, name: "Användare" }).waitFor();
    await admin.getByTestId("users-table").waitFor();
    await expectAccessible(admin, "users");

    await admin.getByLabel("Namn").fill(COORDINATOR.name);
    await admin.getByLabel("E-post (inloggning)").fill(COORDINATOR.email);
    await admin.getByLabel("Roll", { exact: true }).selectOption("COORDINATOR");
    await admin.getByRole("button", { name: "Lägg till", exact: true }).click();
    const shown = admin.getByTestId("one-time-link");
    await shown.getByRole("heading", { name: `Engångslänk för ${COORDINATOR.name}` }).waitFor();
    link = await shown.getByLabel("Länk för att välja lösenord").inputValue();
    expect(link.startsWith(`${server.url}/set-password#`)).toBe(true);
    await admin.locator(`tr[data-email="${COORDINATOR.email}"]`).waitFor();
    await shown.getByRole("button", { name: "Klar, dölj länken" }).click();
  });

  it("lets the admin add a workplace and its supervisor", async () => {
    await admin.getByRole("navigation").getByRole("link", { name: "Arbetsplatser" }).click();
    await admin.getByRole("heading", { level: 1, name: "Arbetsplatser" }).waitFor();
    const form = admin.getByTestId("workplace-form").last();
    await form.getByLabel("Namn").fill(WORKPLACE.name);
    await form.getByLabel("Kommun").selectOption({ label: "Köping" });
    await form.getByLabel("Adress").fill("Östra Långgatan 12");
    await form.getByLabel("Organisationsnummer").fill(WORKPLACE.organisationNumber);
    await form.getByLabel("Kontaktperson", { exact: true }).fill("Mats Ek");
    await form.getByRole("button", { name: "Lägg upp arbetsplats" }).click();
    await admin
      .getByRole("status")
      .filter({ hasText: `Arbetsplatsen ${WORKPLACE.name} är upplagd.` })
      .waitFor();

    const panel = admin.getByTestId("workplace").filter({ has: admin.getByRole("heading", { level: 2, name: WORKPLACE.name }) });
    await panel.getByLabel("Handledarens namn").fill(SUPERVISOR);
    await panel.getByLabel("Telefon").fill("0221-123 45");
    await panel.getByRole("button", { name: "Lägg till handledare" }).click();
    await panel.getByTestId("supervisor-row").filter({ hasText: SUPERVISOR }).waitFor();
    await expectAccessible(admin, "workplaces");
  });

  it("lets the admin register a participant", async () => {
    await admin.getByRole("navigation").getByRole("link", { name: "Deltagare", exact: true }).click();
    await admin.getByRole("heading", { level: 1, name: "Deltagare" }).waitFor();
    await admin.getByLabel("Deltagarkod").fill(PARTICIPANT);
    await admin.getByLabel("Svenska", { exact: true }).selectOption("INTERMEDIATE");
    await admin.getByLabel("Hemkommun").selectOption({ label: "Köping" });
    await admin.getByRole("button", { name: "Registrera", exact: true }).click();
    await admin
      .getByTestId("participant-outcome")
      .filter({ hasText: `${PARTICIPANT} är registrerad.` })
      .waitFor();
    await admin.getByTestId("participant-table").locator(`tr[data-code="${PARTICIPANT}"]`).waitFor();
    await expectAccessible(admin, "participants");
  });

  it("lets the coordinator choose her password through the link and sign in", async () => {
    coordinator = await openPage();
    await coordinator.goto(link);
    await coordinator.getByRole("heading", { level: 1, name: "Välj lösenord" }).waitFor();
    await coordinator.getByLabel("Nytt lösenord").fill(COORDINATOR.password);
    await coordinator.getByLabel("Upprepa lösenordet").fill(COORDINATOR.password);
    await coordinator.getByRole("button", { name: "Spara lösenordet" }).click();
    await coordinator.getByRole("status").getByText("Lösenordet är sparat. Nu kan du logga in.").waitFor();
    await coordinator.getByRole("link", { name: "Till inloggningen" }).click();
    await signInAs(coordinator, COORDINATOR);
    expect(await coordinator.getByTestId("viewer").textContent()).toContain(COORDINATOR.name);
  });

  it("lets the coordinator post a placement at the workplace with its supervisor", async () => {
    await coordinator.getByRole("navigation").getByRole("link", { name: "Lägg upp praktikplats" }).click();
    await coordinator.getByLabel(/^Rubrik/).fill(PLACEMENT);
    await coordinator.getByLabel(/^Typ av plats/).selectOption("INTERNSHIP");
    await coordinator.getByLabel(/^Arbetsplats/).selectOption({ label: `${WORKPLACE.name} (Köping)` });
    await coordinator.getByLabel(/^Handledare/).selectOption({ label: SUPERVISOR });
    await coordinator.getByLabel(/^Antal platser/).fill("2");
    await coordinator.getByLabel(/^Startdatum/).fill("2027-03-01");
    await expectAccessible(coordinator, "placement-form");
    await coordinator.getByRole("button", { name: "Lägg upp" }).click();
    await coordinator.getByRole("heading", { level: 1, name: PLACEMENT }).waitFor();
    await coordinator.getByText("2 av 2 lediga").first().waitFor();
  });

  it("lets the coordinator claim a seat on it for the participant", async () => {
    const picker = coordinator.getByLabel("Deltagarkod (valfritt)");
    await picker.locator("option", { hasText: PARTICIPANT }).waitFor({ state: "attached" });
    await picker.selectOption({ label: PARTICIPANT });
    await coordinator.getByRole("button", { name: "Reservera", exact: true }).click();
    await coordinator.getByTestId("claim-result").waitFor();
    await coordinator.getByText("1 av 2 lediga").first().waitFor();
    await expectAccessible(coordinator, "placement-claimed");

    const placement = await server.dataSource.getRepository(Placement).findOneByOrFail({ title: PLACEMENT });
    const workplace = await server.dataSource.getRepository(Workplace).findOneByOrFail({ name: WORKPLACE.name });
    const supervisor = await server.dataSource.getRepository(Supervisor).findOneByOrFail({ name: SUPERVISOR });
    const participant = await server.dataSource.getRepository(Participant).findOneByOrFail({ code: PARTICIPANT });
    const poster = await server.dataSource.getRepository(User).findOneByOrFail({ email: COORDINATOR.email });
    expect(poster.role).toBe(Role.COORDINATOR);
    expect(placement).toMatchObject({ workplaceId: workplace.id, supervisorId: supervisor.id, organisationId: poster.organisationId });
    const claims = await server.dataSource.getRepository(Claim).findBy({ placementId: placement.id });
    expect(claims).toEqual([expect.objectContaining({ participantId: participant.id, seats: 1, organisationId: poster.organisationId })]);
  });
});

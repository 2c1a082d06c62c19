import ExcelJS from "exceljs";
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

const NEW_USER = { name: "Cecilia Ny", email: "cecilia.ny@koping.test" };
const FIRST_PASSWORD = "ett-eget-langt-losenord";
const SECOND_PASSWORD = "ett-annat-eget-losenord";

/**
 * An organisation manages its own accounts in the browser: Köping's admin adds a coordinator and
 * hands over the one-time link; she chooses a password through it, signs in and changes it; the
 * admin changes her role, deactivates her, and reads, filters and downloads the audit log.
 */
describe.skipIf(!hasChromium)("users and the audit log in Chromium", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;
  let admin: Page;
  let newcomer: Page;
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
    await screenshot(page, name);
    expect(await seriousAccessibilityFindings(page), `axe-core findings on ${name}`).toEqual([]);
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(outside, "requests outside the server's origin").toEqual([]);
    expect(pageErrors, "uncaught errors in the pages").toEqual([]);
  });

  it("lets the admin add a coordinator and shows the one-time link once", async () => {
    admin = await openPage();
    await signIn(admin, server.url, "admin@koping.demo");
    await admin.getByRole("navigation").getByRole("link", { name: "Användare" }).click();
    await admin.getByRole("heading", { level: 1, name: "Användare" }).waitFor();
    await admin.getByTestId("users-table").waitFor();
    await expectAccessible(admin, "users");

    await admin.getByLabel("Namn").fill(NEW_USER.name);
    await admin.getByLabel("E-post (inloggning)").fill(NEW_USER.email);
    await admin.getByLabel("Roll", { exact: true }).selectOption("COORDINATOR");
    await admin.getByRole("button", { name: "Lägg till", exact: true }).click();
    const shown = admin.getByTestId("one-time-link");
    await shown.getByRole("heading", { name: `Engångslänk för ${NEW_USER.name}` }).waitFor();
    link = await shown.getByLabel("Länk för att välja lösenord").inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/set-password#[A-Za-z0-9_-]{43}$`));
    await expectAccessible(admin, "users-one-time-link");
    await admin.locator(`tr[data-email="${NEW_USER.email}"]`).getByText("Aktiv", { exact: true }).waitFor();
    await shown.getByRole("button", { name: "Klar, dölj länken" }).click();
    expect(await admin.getByTestId("one-time-link").count()).toBe(0);
  });

  it("lets the coordinator choose a password through the link, sign in, and change it on My account", async () => {
    newcomer = await openPage();
    await newcomer.goto(link);
    await newcomer.getByRole("heading", { level: 1, name: "Välj lösenord" }).waitFor();
    // The token leaves the address bar as soon as the page has it.
    await newcomer.waitForURL(`${server.url}/set-password`);
    await expectAccessible(newcomer, "set-password");
    await newcomer.getByLabel("Nytt lösenord").fill(FIRST_PASSWORD);
    await newcomer.getByLabel("Upprepa lösenordet").fill(FIRST_PASSWORD);
    await newcomer.getByRole("button", { name: "Spara lösenordet" }).click();
    await newcomer.getByRole("status").getByText("Lösenordet är sparat. Nu kan du logga in.").waitFor();
    await newcomer.getByRole("link", { name: "Till inloggningen" }).click();

    await newcomer.getByLabel("E-post").fill(NEW_USER.email);
    await newcomer.getByLabel("Lösenord").fill(FIRST_PASSWORD);
    await newcomer.getByRole("button", { name: "Logga in" }).click();
    await newcomer.getByRole("heading", { level: 1, name: "Praktikplatser" }).waitFor();
    expect(await newcomer.getByTestId("viewer").textContent()).toContain(NEW_USER.name);
    // A coordinator has no admin pages, in the menu or by address.
    const nav = newcomer.getByRole("navigation");
    expect(await nav.getByRole("link", { name: "Användare" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Granskningslogg" }).count()).toBe(0);

    await newcomer.getByTestId("viewer").locator("..").getByRole("link", { name: "Mitt konto" }).click();
    await newcomer.getByRole("heading", { level: 1, name: "Mitt konto" }).waitFor();
    await expectAccessible(newcomer, "account");
    await newcomer.getByLabel("Nuvarande lösenord").fill(FIRST_PASSWORD);
    await newcomer.getByLabel("Nytt lösenord").fill(SECOND_PASSWORD);
    await newcomer.getByLabel("Upprepa lösenordet").fill(SECOND_PASSWORD);
    await newcomer.getByRole("button", { name: "Byt lösenord" }).click();
    await newcomer.getByRole("status").getByText("Lösenordet är bytt.").waitFor();
    await newcomer.getByLabel("Telefon att visa").fill("0221-123 45");
    await newcomer.getByRole("button", { name: "Spara" }).click();
    await newcomer.getByRole("status").getByText("Kontaktuppgifterna är sparade.").waitFor();

    await newcomer.goto(`${server.url}/users`);
    await newcomer.getByRole("heading", { level: 1, name: "Praktikplatser" }).waitFor();
  });

  it("lets the admin change her role, reset her password and deactivate her, which signs her out at once", async () => {
    const row = admin.locator(`tr[data-email="${NEW_USER.email}"]`);
    await row.getByLabel(`Roll för ${NEW_USER.name}`).selectOption("VIEWER");
    await admin.getByTestId("users-outcome").getByText(`${NEW_USER.name} är nu Läsare.`).waitFor();
    await row.getByRole("button", { name: `Återställ lösenord ${NEW_USER.name}` }).click();
    await row.getByRole("button", { name: "Ja, återställ" }).click();
    const shown = admin.getByTestId("one-time-link");
    await shown.getByRole("heading", { name: `Ny engångslänk för ${NEW_USER.name}` }).waitFor();
    expect(await shown.getByLabel("Länk för att välja lösenord").inputValue()).not.toBe(link);
    await shown.getByRole("button", { name: "Klar, dölj länken" }).click();
    await row.getByRole("button", { name: `Inaktivera ${NEW_USER.name}` }).click();
    await row.getByRole("button", { name: "Ja, inaktivera" }).click();
    await admin.getByTestId("users-outcome").getByText(`${NEW_USER.name} är inaktiverad och utloggad.`).waitFor();
    await row.getByText("Inaktiverad", { exact: true }).waitFor();

    await newcomer.reload();
    await newcomer.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
  });

  it("shows the admin the audit entries, filtered by action and by record, and downloads them as Excel", async () => {
    const adminToken = await server.login("admin@koping.demo");
    const users = await server.gql(`{ users { id email } }`, {}, adminToken);
    const newcomerId = users.data.users.find((user: { email: string }) => user.email === NEW_USER.email).id;

    await admin.getByRole("navigation").getByRole("link", { name: "Granskningslogg" }).click();
    await admin.getByRole("heading", { level: 1, name: "Granskningslogg" }).waitFor();
    await admin.getByTestId("audit-table").waitFor();
    await expectAccessible(admin, "audit-log");

    await admin.getByLabel("Händelse").selectOption("changeUserRole");
    await admin.getByRole("button", { name: "Visa", exact: true }).click();
    await admin.getByRole("heading", { name: "En post" }).waitFor();
    expect(await admin.locator("tbody tr").first().getAttribute("data-action")).toBe("changeUserRole");

    await admin.getByLabel("Händelse").selectOption("");
    await admin.getByLabel("Post-id").fill(newcomerId);
    await admin.getByRole("button", { name: "Visa", exact: true }).click();
    await admin.locator('tbody tr[data-action="inviteUser"]').waitFor();
    const actions = await admin.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-action")));
    for (const action of ["deactivateUser", "resetUserPassword", "changeUserRole", "inviteUser"]) expect(actions).toContain(action);
    expect(actions.indexOf("deactivateUser")).toBeLessThan(actions.indexOf("inviteUser"));

    const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByTestId("audit-export").click()]);
    expect(download.suggestedFilename()).toBe("granskningslogg.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet("Granskningslogg")!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Tidpunkt (UTC)",
      "Användare",
      "Användar-id",
      "Händelse",
      "Posttyp",
      "Post-id",
      "IP-adress",
    ]);
    const exported = sheet.getColumn(4).values.slice(2);
    expect(exported).toEqual(actions);
    expect(
      sheet
        .getColumn(6)
        .values.slice(2)
        .every((id) => id === newcomerId),
    ).toBe(true);
  });
});

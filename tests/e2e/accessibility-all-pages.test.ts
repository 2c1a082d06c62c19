import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { collectPageErrors, E2E_TEST_MS, guardedContext, hasChromium, launchBrowser, signIn } from "./browser";

/**
 * Every page of the coordinators' app, signed in as a coordinator and as an admin, in Swedish and
 * English, has no axe-core finding of any impact against WCAG 2.0, 2.1 and 2.2 A and AA. The
 * playground has none but GraphiQL's own `nested-interactive` (its tabs hold a close button; README,
 * "Accessibility"). The accessibility statement is linked from every page's footer.
 */

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function findings(page: Page, allowed: string[] = []): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations
    .filter((violation) => !allowed.includes(violation.id))
    .map(
      (violation) =>
        `${violation.impact}: ${violation.id} (${violation.help}) at ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/** The page has rendered its heading and no part of it is still loading. */
async function ready(page: Page): Promise<void> {
  await page.locator("h1").first().waitFor();
  await page.waitForFunction(() => !document.querySelector(".loading"));
}

describe.skipIf(!hasChromium)("accessibility of every page", { timeout: E2E_TEST_MS * 4 }, () => {
  let server: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const koping = await server.login("coordinator@koping.demo");
    const workplaceId = (await server.gql(`{ workplaces { id } }`, {}, koping)).data.workplaces[0].id;
    const post = async (title: string) =>
      (
        await server.gql(
          `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`,
          { input: { title, kind: "INTERNSHIP", workplaceId, capacity: 2, startDate: "2027-03-01", endDate: "2027-04-30" } },
          koping,
        )
      ).data.postPlacement.id as string;
    ids.own = await post("Lagerarbete med plock och pack");
    ids.closed = await post("Lokalvård, stängd plats");
    await server.gql(`mutation($id: ID!) { closePlacement(id: $id) { id } }`, { id: ids.closed }, koping);
    const board = await server.gql(`{ board(first: 100) { edges { node { id organisation { slug } } } } }`, {}, koping);
    ids.other = board.data.board.edges.find(
      (edge: { node: { organisation: { slug: string } } }) => edge.node.organisation.slug !== "koping",
    ).node.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signedInRoutes = (admin: boolean) => [
    "/",
    "/?visa=tabell",
    "/?q=finnsintenagonstans",
    "/placements/new",
    `/placements/${ids.own}`,
    `/placements/${ids.own}/edit`,
    `/placements/${ids.other}`,
    `/placements/${ids.closed}`,
    "/my-organisation",
    "/account",
    "/import",
    "/workplaces",
    "/supervisors",
    "/participants",
    ...(admin ? ["/users", "/audit-log"] : []),
    "/tillganglighet",
    "/sidan-finns-inte",
  ];

  for (const [who, email, admin] of [
    ["coordinator", "coordinator@koping.demo", false],
    ["admin", "admin@koping.demo", true],
  ] as const) {
    for (const language of ["sv", "en"] as const) {
      it(`has no finding on any page for a signed-in ${who}, in ${language === "sv" ? "Swedish" : "English"}`, async () => {
        const { context } = await guardedContext(browser, server.url);
        const page = await context.newPage();
        pageErrors.push(...collectPageErrors(page));
        await page.setViewportSize({ width: 1366, height: 768 });
        await signIn(page, server.url, email);
        if (language === "en") await page.evaluate(() => localStorage.setItem("praktikpool.locale", "en"));
        const found: Record<string, string[]> = {};
        for (const route of signedInRoutes(admin)) {
          await page.goto(`${server.url}${route}`);
          await ready(page);
          expect(await page.locator("html").getAttribute("lang"), route).toBe(language);
          await page.getByTestId("accessibility-link").waitFor();
          const list = await findings(page);
          if (list.length) found[route] = list;
        }
        // The phone's layout too, with its menu folded and unfolded.
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${server.url}/`);
        await ready(page);
        found["/ (390 × 844)"] = await findings(page);
        await page.getByTestId("menu-toggle").click();
        found["/ (390 × 844, menu open)"] = await findings(page);
        expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length))).toEqual({});
        await context.close();
      });
    }
  }

  it("has no finding on the pages anyone may open signed out, each with the statement in its footer", async () => {
    const { context } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    const found: Record<string, string[]> = {};
    for (const route of ["/sign-in", "/set-password", "/tillganglighet"]) {
      await page.goto(`${server.url}${route}`);
      await ready(page);
      await page.getByTestId("accessibility-link").waitFor();
      const list = await findings(page);
      if (list.length) found[route] = list;
    }
    expect(found).toEqual({});
    // The link leads to the statement, which says what was tested, what fails and how to report it.
    await page.goto(`${server.url}/sign-in`);
    await page.getByTestId("accessibility-link").click();
    await page.getByRole("heading", { level: 1, name: "Tillgänglighetsredogörelse" }).waitFor();
    for (const heading of ["Vad vi har testat, och med vad", "Det här vet vi inte uppfyller kraven", "Säg till om något inte fungerar"]) {
      await page.getByRole("heading", { level: 2, name: heading }).waitFor();
    }
    await context.close();
  });

  it("has none but GraphiQL's own nested-interactive on the playground, which has a level-one heading and the statement in its footer", async () => {
    const { context } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    pageErrors.push(...collectPageErrors(page));
    await page.goto(`${server.url}/graphql`);
    await page.getByRole("heading", { level: 1, name: /Prova API:et/ }).waitFor();
    await page.locator(".graphiql-query-editor").waitFor();
    await page.getByRole("link", { name: "Tillgänglighetsredogörelse" }).waitFor();
    expect(await findings(page, ["nested-interactive"])).toEqual([]);
    await context.close();
  });

  it("raised no error in any page", () => {
    expect(pageErrors).toEqual([]);
  });
});

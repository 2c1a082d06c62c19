import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { collectPageErrors, E2E_TEST_MS, guardedContext, hasChromium, launchBrowser, screenshot } from "./browser";

describe.skipIf(!hasChromium)("the GraphQL playground on GET /graphql", { timeout: E2E_TEST_MS }, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads with every request blocked outside the origin, shows the docs, and runs the saved board query with a pasted token", async () => {
    const token = await server.login("coordinator@kungsor.demo");
    const { context, outsideRequests } = await guardedContext(browser, server.url);
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    await page.goto(`${server.url}/graphql`);
    const editorShows = (text: string) =>
      page.waitForFunction(
        (wanted) => document.querySelector(".graphiql-query-editor")?.textContent?.replace(/\s+/g, " ").includes(wanted),
        text,
      );
    // The saved examples are there from the start: sign-in first, with its variables.
    await editorShows("mutation Login");
    await page.getByLabel("Bearer-token").fill(`Bearer ${token}`);
    await page.getByRole("tab", { name: /Board/ }).click();
    await editorShows("query Board");
    // Wait for the answer itself, then for the response pane to show it: two events, no guessed delay.
    const answered = page.waitForResponse(
      (response) =>
        response.url() === `${server.url}/graphql` &&
        response.request().method() === "POST" &&
        (response.request().postData() ?? "").includes("query Board"),
    );
    await page.getByRole("button", { name: /Execute query/ }).click();
    expect((await answered).status()).toBe(200);
    await page.locator(".graphiql-response").getByText('"totalCount"').waitFor();
    await expect(page.locator(".graphiql-response").innerText()).resolves.toContain('"freeSeats"');

    // The docs explorer reads the committed schema, descriptions included.
    await page.getByRole("button", { name: /documentation explorer/i }).click();
    await page.getByText("Root Types").waitFor();
    await screenshot(page, "playground");

    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

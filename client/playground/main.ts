// The GraphiQL playground on GET /graphql: its own entry, so React and Monaco never load on the
// coordinators' pages. Everything is bundled (editor workers and fonts too), so it works offline.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./playground.css";
import type { Fetcher } from "@graphiql/toolkit";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { buildSchema, Kind, parse } from "graphql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import sdl from "../../schema/schema.graphql?raw";
import { exampleTabs } from "./examples";

const TOKEN_KEY = "praktikpool.playground.token";
const SESSION_KEY = "praktikpool.token";

const tokenInput = document.querySelector<HTMLInputElement>("#token")!;
const status = document.querySelector<HTMLElement>("#token-status")!;
const useSessionButton = document.querySelector<HTMLButtonElement>("#use-session")!;

function sessionToken(): string | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as string) : null;
  } catch {
    return null;
  }
}

/** Accepts a pasted "Bearer …" header value as well as a bare token. */
const bareToken = (value: string) => value.trim().replace(/^Bearer\s+/i, "");

function setToken(value: string) {
  const token = bareToken(value);
  tokenInput.value = token;
  remember(token);
}

function remember(token: string) {
  // Per browser tab, like a sign-in: closing the tab forgets it.
  sessionStorage.setItem(TOKEN_KEY, token);
  status.textContent = token ? "Token satt: frågorna skickas inloggade." : "Ingen token: bara login fungerar.";
}

setToken(sessionStorage.getItem(TOKEN_KEY) ?? "");
tokenInput.addEventListener("input", () => remember(bareToken(tokenInput.value)));
tokenInput.addEventListener("change", () => setToken(tokenInput.value));
document.querySelector("#clear-token")!.addEventListener("click", () => setToken(""));
document.querySelector("#token-form")!.addEventListener("submit", (event) => event.preventDefault());
if (sessionToken()) {
  useSessionButton.hidden = false;
  useSessionButton.addEventListener("click", () => setToken(sessionToken() ?? ""));
}

/**
 * GraphiQL can send the operation name of the tab it showed before (seen: "Login" with the Board
 * query right after switching tabs). A name the document does not define is replaced by the
 * document's only operation, so the query the user sees is the one that runs.
 */
function operationNameFor(query: string, name: string | null | undefined): string | null | undefined {
  if (!name) return name;
  try {
    const names = parse(query)
      .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((definition) => definition.name?.value);
    if (names.includes(name) || names.length !== 1) return name;
    return names[0] ?? null;
  } catch {
    return name;
  }
}

const http = createGraphiQLFetcher({ url: "/graphql" });
// The Authorization header comes from the token field unless the headers editor sets one itself.
const fetcher: Fetcher = (params, options) => {
  const token = bareToken(tokenInput.value);
  const headers = {
    "content-type": "application/json",
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(options?.headers ?? {}),
  };
  return http({ ...params, operationName: operationNameFor(params.query, params.operationName) }, { ...options, headers });
};

// The committed SDL gives the docs explorer and completion without a token or a round trip.
const schema = buildSchema(sdl);

createRoot(document.querySelector("#graphiql")!).render(
  createElement(GraphiQL, {
    fetcher,
    schema,
    defaultTabs: exampleTabs,
    // GraphiQL fills the first tab's variables editor from this, not from defaultTabs.
    initialVariables: exampleTabs[0].variables,
    defaultEditorToolsVisibility: "variables",
    isHeadersEditorEnabled: true,
  }),
);

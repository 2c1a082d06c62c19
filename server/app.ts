import fs from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler } from "express";
import type { DataSource } from "typeorm";
import { formatError } from "./common/format-error.js";
import { queryLimitRules } from "./common/query-limits.js";
import type { Config } from "./config.js";
import { createContext, type Context } from "./context.js";
import { createSchema } from "./schema.js";
import { createServices } from "./services.js";

/** Where `vite build` puts the client; served when present. */
const clientDir = path.resolve("dist/client");

export interface AppDeps {
  config: Pick<Config, "production" | "tokenSecret" | "tokenTtlHours" | "holdTtlMinutes">;
  dataSource: DataSource;
}

/** Builds the HTTP application without listening: used by main.ts and by tests. */
export async function createApp({ config, dataSource }: AppDeps) {
  const services = createServices(dataSource, config);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: queryLimitRules({ maxDepth: 12, maxAliases: 50 }),
    plugins: [
      // Cache hints are unused; the plugin costs about a third of the server's time (STACK.md).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from a CDN; the playground is self-hosted on GET /graphql.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");

  app.get("/healthz", (_req, res) => {
    res.status(dataSource.isInitialized ? 200 : 503).json({ ok: dataSource.isInitialized });
  });

  app.get("/graphql", (req, res, next) => {
    const playground = path.join(clientDir, "playground.html");
    if (req.accepts(["application/json", "text/html"]) === "text/html" && fs.existsSync(playground)) {
      res.sendFile(playground);
      return;
    }
    next();
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: ({ req }) => createContext(services, req.headers.authorization, req.ip ?? null),
    }),
  );

  if (fs.existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: "index.html" }));
    // Client-side routes (e.g. /placements/…) get the app shell.
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(path.join(clientDir, "index.html")));
  }

  // Malformed or oversized bodies never reach Apollo: answer them in the same typed shape.
  const requestErrors: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === "number" && error.status < 500 ? error.status : 500;
    const message =
      status === 413 ? "The request body is too large." : status < 500 ? "The request body is not valid JSON." : "Something went wrong on the server.";
    if (status >= 500) console.error("Unexpected HTTP error:", error);
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }] });
  };
  app.use(requestErrors);

  return { app, services, stop: () => apollo.stop() };
}

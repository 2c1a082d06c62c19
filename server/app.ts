import fs from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { formattedRefusal, type ParamsOf, type Reason } from "./common/errors.js";
import { createFormatError } from "./common/format-error.js";
import { queryCostPlugin, queryLimitRules, type CostBudget } from "./common/query-limits.js";
import { defaultLimits, defaultLoginThrottle, defaultPasswordHashing, type Config } from "./config.js";
import { createContext, type Context } from "./context.js";
import { createSchema } from "./schema.js";
import type { Store } from "./db/store.js";
import { createServices } from "./services.js";
import { participantExportRoute } from "./modules/participant/participant.export.js";

/** Where `vite build` puts the client; served when present. */
const clientDir = path.resolve("dist/client");

type SecurityConfig = Pick<
  Config,
  "limits" | "playground" | "introspection" | "corsOrigins" | "loginThrottle" | "trustProxy" | "passwordHashing"
>;

export interface AppDeps {
  /** The security settings are optional here (tests); left out, they take the documented defaults. */
  config: Pick<Config, "production" | "tokenSecret" | "tokenTtlHours" | "holdTtlMinutes"> & Partial<SecurityConfig>;
  store: Store;
}

/** The per-request context plus what the cost limit keeps per HTTP request. */
type AppContext = Context & { costBudget: CostBudget };

/** A request refused at the HTTP layer, in the same shape as a GraphQL error. */
function refuse<R extends Reason>(res: express.Response, status: number, reasonName: R, params: ParamsOf<R>) {
  res.status(status).json({ errors: [formattedRefusal(reasonName, params)] });
}

/**
 * Headers for every response. The CSP is only sent in production: the development client runs
 * under Vite's dev server, which needs inline scripts.
 */
function securityHeaders(production: boolean): RequestHandler {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // GraphiQL and Vue transitions set style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return (_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    if (production) {
      res.setHeader("Content-Security-Policy", csp);
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    next();
  };
}

/** CORS by hand: only listed origins get the headers; bearer tokens, so never credentials. */
function cors(allowed: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    res.append("Vary", "Origin");
    const origin = req.headers.origin;
    const isAllowed = typeof origin === "string" && allowed.has(origin);
    if (isAllowed) res.setHeader("Access-Control-Allow-Origin", origin);
    if (req.method !== "OPTIONS") return next();
    if (origin !== undefined && !isAllowed) return refuse(res, 403, "ORIGIN_NOT_ALLOWED", {});
    if (isAllowed) {
      res.setHeader("Access-Control-Allow-Methods", "GET, POST");
      res.setHeader("Access-Control-Allow-Headers", "content-type, authorization, apollo-require-preflight, x-apollo-operation-name");
      res.setHeader("Access-Control-Max-Age", "600");
    }
    res.setHeader("Allow", "GET, POST, OPTIONS");
    res.status(204).end();
  };
}

/** Builds the HTTP application without listening: used by main.ts and by tests. */
export async function createApp({ config: given, store }: AppDeps) {
  const config = {
    ...given,
    limits: { ...defaultLimits, ...given.limits },
    playground: given.playground ?? !given.production,
    introspection: given.introspection ?? !given.production,
    corsOrigins: given.corsOrigins ?? [],
    loginThrottle: { ...defaultLoginThrottle, ...given.loginThrottle },
    trustProxy: given.trustProxy ?? false,
    passwordHashing: given.passwordHashing ?? defaultPasswordHashing,
  };
  const { limits } = config;
  const services = createServices(store, config);
  const schema = await createSchema();
  const apollo = new ApolloServer<AppContext>({
    schema,
    formatError: createFormatError({ hideSuggestions: config.production || !config.introspection }),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // "Did you mean …?" would list field names even with introspection off.
    hideSchemaDetailsFromClientErrors: config.production || !config.introspection,
    // A simple (CORS-safelisted) request must carry a custom header: browsers cannot forge one cross-site.
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.maxBatch > 1,
    // Automatic persisted queries are unused by the client; off, they cannot fill the server's memory.
    persistedQueries: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryLimitRules(limits),
    plugins: [
      // Cache hints are unused; the plugin costs about a third of the server's time (STACK.md).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from a CDN; the playground is self-hosted on GET /graphql.
      ApolloServerPluginLandingPageDisabled(),
      queryCostPlugin(schema, limits, (context) => (context as AppContext).costBudget),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.set("trust proxy", config.trustProxy);
  app.use(securityHeaders(config.production));

  app.get("/healthz", (_req, res) => {
    res.status(store.writer.isInitialized ? 200 : 503).json({ ok: store.writer.isInitialized });
  });

  app.get("/graphql", (req, res, next) => {
    const playground = path.join(clientDir, "playground.html");
    if (config.playground && req.accepts(["application/json", "text/html"]) === "text/html" && fs.existsSync(playground)) {
      res.sendFile(playground);
      return;
    }
    next();
  });

  const graphqlOnly: RequestHandler = (req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    if (req.method !== "GET" && req.method !== "POST") {
      res.setHeader("Allow", "GET, POST, OPTIONS");
      return refuse(res, 405, "METHOD_NOT_ALLOWED", {});
    }
    next();
  };
  const batchLimit: RequestHandler = (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > limits.maxBatch) {
      return refuse(res, 400, "BATCH_TOO_LARGE", { maxBatch: limits.maxBatch });
    }
    next();
  };

  app.use(
    "/graphql",
    cors(new Set(config.corsOrigins)),
    graphqlOnly,
    express.json({ limit: limits.maxBodyBytes }),
    batchLimit,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const context = await createContext(services, req.headers.authorization, req.ip ?? null);
        // One budget per HTTP request: Apollo shares the context between the operations of a batch.
        return Object.assign(context, { costBudget: { spent: 0 } });
      },
    }),
  );

  app.get("/exports/participants/:file", participantExportRoute(services));

  if (fs.existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: "index.html" }));
    // Client-side routes (e.g. /placements/…) get the app shell.
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(path.join(clientDir, "index.html")));
  }

  // Malformed or oversized bodies never reach Apollo: answer them in the same typed shape.
  const requestErrors: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === "number" && error.status < 500 ? error.status : 500;
    if (status >= 500) console.error("Unexpected HTTP error:", error);
    const answer =
      status === 413
        ? formattedRefusal("BODY_TOO_LARGE", { maxBytes: limits.maxBodyBytes })
        : status < 500
          ? formattedRefusal("BODY_NOT_JSON", {})
          : formattedRefusal("INTERNAL", {});
    res.status(status).json({ errors: [answer] });
  };
  app.use(requestErrors);

  return { app, services, config, stop: () => apollo.stop() };
}

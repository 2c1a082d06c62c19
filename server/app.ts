import fs from "node:fs";
import path from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import helmet from "helmet";
import { formattedRefusal, type ParamsOf, type Reason } from "./common/errors.js";
import { createFormatError } from "./common/format-error.js";
import { createLogger, requestLogger, type Logger } from "./common/logger.js";
import { publicFiles } from "./common/public-files.js";
import { clientFiles, compressedResponses, REVALIDATE } from "./common/static-delivery.js";
import { armorProtection, queryCostPlugin, queryLimitRules, type CostBudget } from "./common/query-limits.js";
import {
  jsonAcceptStatusPlugin,
  operationKindPlugin,
  requestTimeout,
  responseSizeGuard,
  type RequestState,
} from "./common/response-limits.js";
import {
  defaultLimits,
  defaultLiveLimits,
  defaultLoginThrottle,
  defaultMaxImportBytes,
  defaultPasswordHashing,
  defaultSupervisorTrainingValidYears,
  type Config,
  defaultReminders,
} from "./config.js";
import { createContext, type Context } from "./context.js";
import { createSchema } from "./schema.js";
import { auditExportRoute } from "./modules/audit/audit.export.js";
import type { Store } from "./db/store.js";
import { createServices } from "./services.js";
import { participantExportRoute } from "./modules/participant/participant.export.js";
import { importRoutes } from "./modules/import/import.routes.js";
import { skillsSummaryRoutes } from "./modules/validation/skills-summary.export.js";
import { calendarRoutes } from "./modules/calendar/calendar.routes.js";
import { exportRoutes } from "./modules/export/export.routes.js";
import { createLiveUpdates } from "./live/index.js";

/** Where `vite build` puts the client; served when present. */
const defaultClientDir = path.resolve("dist/client");

type SecurityConfig = Pick<
  Config,
  | "limits"
  | "liveLimits"
  | "playground"
  | "introspection"
  | "corsOrigins"
  | "loginThrottle"
  | "trustProxy"
  | "passwordHashing"
  | "logLevel"
  | "maxImportBytes"
  | "mail"
> &
  Pick<Config, "supervisorTrainingValidYears" | "reminders">;

export interface AppDeps {
  /** The security settings are optional here (tests); left out, they take the documented defaults. */
  config: Pick<Config, "production" | "tokenSecret" | "tokenTtlHours" | "holdTtlMinutes"> & Partial<SecurityConfig>;
  store: Store;
  /** Left out, one is made at config.logLevel (silent unless given: tests stay quiet). */
  logger?: Logger;
  /** The built client to serve; dist/client by default. */
  clientDir?: string;
}

/** The per-request context plus what the limits keep per HTTP request. */
type AppContext = Context & { costBudget: CostBudget; requestState: RequestState };

/** A request refused at the HTTP layer, in the same shape as a GraphQL error. */
function refuse<R extends Reason>(res: express.Response, status: number, reasonName: R, params: ParamsOf<R>) {
  res.status(status).json({ errors: [formattedRefusal(reasonName, params)] });
}

/**
 * Security headers from helmet. The CSP and HSTS are only sent in production: the development
 * client runs under Vite's dev server, which needs inline scripts, and plain http on localhost.
 */
function securityHeaders(production: boolean): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: production
      ? {
          useDefaults: false,
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            // GraphiQL and Vue transitions set style attributes.
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", "data:"],
            fontSrc: ["'self'", "data:"],
            connectSrc: ["'self'"],
            workerSrc: ["'self'", "blob:"],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'"],
            frameAncestors: ["'none'"],
          },
        }
      : false,
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    crossOriginResourcePolicy: { policy: "same-origin" },
  });
  // helmet has no Permissions-Policy.
  return (req, res, next) => {
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    headers(req, res, next);
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
export async function createApp({ config: given, store, logger: givenLogger, clientDir = defaultClientDir }: AppDeps) {
  const config = {
    ...given,
    limits: { ...defaultLimits, ...given.limits },
    liveLimits: { ...defaultLiveLimits, ...given.liveLimits },
    playground: given.playground ?? !given.production,
    introspection: given.introspection ?? !given.production,
    corsOrigins: given.corsOrigins ?? [],
    loginThrottle: { ...defaultLoginThrottle, ...given.loginThrottle },
    trustProxy: given.trustProxy ?? false,
    passwordHashing: given.passwordHashing ?? defaultPasswordHashing,
    logLevel: given.logLevel ?? "silent",
    maxImportBytes: given.maxImportBytes ?? defaultMaxImportBytes,
    supervisorTrainingValidYears: given.supervisorTrainingValidYears ?? defaultSupervisorTrainingValidYears,
    reminders: { ...defaultReminders, ...given.reminders },
  };
  const { limits } = config;
  const logger = givenLogger ?? createLogger(config.logLevel);
  const hideSuggestions = config.production || !config.introspection;
  const armor = armorProtection(limits, hideSuggestions);
  const services = createServices(store, config, logger);
  const schema = await createSchema();
  const validationRules = [...armor.validationRules, ...queryLimitRules(limits)];
  // Subscriptions over WebSocket (server/live/): main.ts and tests attach it to the HTTP server.
  const live = await createLiveUpdates({
    store,
    services,
    schema,
    limits,
    liveLimits: config.liveLimits,
    validationRules,
    hideSuggestions,
    logger,
  });
  const apollo = new ApolloServer<AppContext>({
    schema,
    formatError: createFormatError({ hideSuggestions, logger }),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // "Did you mean …?" would list field names even with introspection off.
    hideSchemaDetailsFromClientErrors: hideSuggestions,
    // A simple (CORS-safelisted) request must carry a custom header: browsers cannot forge one cross-site.
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.maxBatch > 1,
    // Automatic persisted queries are unused by the client; off, they cannot fill the server's memory.
    persistedQueries: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules,
    plugins: [
      // armor types its plugins against the CommonJS build of @apollo/server; the shape is the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<AppContext>[]),
      // Cache hints are unused; the plugin costs about a third of the server's time (STACK.md).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from a CDN; the playground is self-hosted on GET /graphql.
      ApolloServerPluginLandingPageDisabled(),
      queryCostPlugin(schema, limits, (context) => (context as AppContext).costBudget),
      operationKindPlugin((context) => (context as AppContext).requestState),
      jsonAcceptStatusPlugin(),
    ],
  });
  await apollo.start();

  let shuttingDown = false;
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.set("trust proxy", config.trustProxy);
  app.use(requestLogger(logger));
  app.use(compressedResponses(app));
  // Once shutdown begins, requests that arrive on an open keep-alive connection are refused in
  // full, and every answer closes its connection, so the server can drain and stop.
  app.use((_req, res, next) => {
    if (!shuttingDown) {
      // An answer still being worked on when shutdown begins closes its keep-alive connection
      // too; otherwise the idle socket would hold the drain until Node's keep-alive timeout.
      const writeHead = res.writeHead;
      res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
        if (shuttingDown && !res.headersSent) res.setHeader("Connection", "close");
        return writeHead.apply(this, args);
      } as typeof writeHead;
      return next();
    }
    res.setHeader("Connection", "close");
    res.setHeader("Retry-After", "5");
    refuse(res, 503, "SHUTTING_DOWN", { retryAfterSeconds: 5 });
  });
  app.use(securityHeaders(config.production));

  app.get("/healthz", (_req, res) => {
    res.status(store.writer.isInitialized ? 200 : 503).json({ ok: store.writer.isInitialized });
  });

  app.get("/graphql", (req, res, next) => {
    const playground = path.join(clientDir, "playground.html");
    if (config.playground && req.accepts(["application/json", "text/html"]) === "text/html" && fs.existsSync(playground)) {
      res.setHeader("Cache-Control", REVALIDATE);
      res.sendFile(playground, { cacheControl: false });
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
    (_req, res, next) => {
      res.locals.requestState = { mutation: false } satisfies RequestState;
      next();
    },
    requestTimeout(limits.requestTimeoutMs, (res) => res.locals.requestState as RequestState | undefined),
    responseSizeGuard(limits.maxResponseBytes),
    express.json({ limit: limits.maxBodyBytes }),
    batchLimit,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = await createContext(services, req.headers.authorization, req.ip ?? null);
        // One budget per HTTP request: Apollo shares the context between the operations of a batch.
        return Object.assign(context, { costBudget: { spent: 0 }, requestState: res.locals.requestState as RequestState });
      },
    }),
  );

  app.use(auditExportRoute(services, logger));
  app.use(exportRoutes(services, logger));
  app.use(calendarRoutes(services));
  app.get("/exports/participants/:file", participantExportRoute(services));
  app.use(skillsSummaryRoutes(services, limits.maxBodyBytes));
  // The Excel import (server/modules/import): its own body limit for workbooks.
  app.use("/imports", importRoutes(services, { maxImportBytes: config.maxImportBytes }));

  if (fs.existsSync(clientDir)) {
    // With the playground off, only the app's own files are served: the playground's page and
    // bundle (which holds the complete SDL) answer 404 like any unknown file.
    const served = config.playground ? null : publicFiles(clientDir);
    app.use((req, res, next) => {
      if (served && !served.has(decodeURIComponent(req.path))) {
        if (req.path === "/" || !path.extname(req.path)) return next();
        return res.status(404).end();
      }
      next();
    });
    app.use(clientFiles(clientDir));
  }

  // Malformed or oversized bodies never reach Apollo: answer them in the same typed shape.
  const requestErrors: ErrorRequestHandler = (error, _req, res, _next) => {
    // A late answer after a timeout or a refused shutdown request: the client has its answer.
    if (res.headersSent) return;
    const status = typeof error?.status === "number" && error.status < 500 ? error.status : 500;
    if (status >= 500) logger.error({ err: error }, "unexpected HTTP error");
    const answer =
      status === 413
        ? formattedRefusal("BODY_TOO_LARGE", { maxBytes: limits.maxBodyBytes })
        : status < 500
          ? formattedRefusal("BODY_NOT_JSON", {})
          : formattedRefusal("INTERNAL", {});
    res.status(status).json({ errors: [answer] });
  };
  app.use(requestErrors);

  return {
    app,
    services,
    config,
    logger,
    live,
    /** From now on, new requests are refused (503 SHUTTING_DOWN) and answers close their connections; sockets close (1001). */
    beginShutdown: () => {
      shuttingDown = true;
      void live.sockets.close();
    },
    stop: async () => {
      await live.close();
      await apollo.stop();
    },
  };
}

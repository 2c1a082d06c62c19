import type http from "node:http";
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import { ErrorCode, refusal } from "../common/errors.js";
import { createFormatError } from "../common/format-error.js";
import type { Logger } from "../common/logger.js";
import { operationCost, variableProblem } from "../common/query-limits.js";
import type { Viewer } from "../common/viewer.js";
import type { LiveLimits, RequestLimits } from "../config.js";
import type { Context } from "../context.js";
import { createLoaders } from "../loaders/index.js";
import type { Services } from "../services.js";
import type { LiveFeeds } from "./live.resolver.js";

/** One open, signed-in socket. */
interface Connection {
  token: string;
  viewer: Viewer;
  socket: WebSocket;
  /** When its token was last found valid. */
  checkedAt: number;
}

/** A socket's token is checked again at least this often, so one whose session simply ran out (TOKEN_TTL_HOURS) closes too. */
const RECHECK_EVERY_MS = 5 * 60_000;

/** What the socket's graphql-ws context carries beside the socket and its upgrade request. */
type SocketExtra = Record<PropertyKey, unknown> & { connection?: Connection };

export interface LiveSocketDeps {
  schema: GraphQLSchema;
  services: Services;
  limits: RequestLimits;
  /** How many subscriptions one socket, and how many sockets one user, may hold open in this process. */
  liveLimits: LiveLimits;
  /** The HTTP endpoint's own validation rules: depth, aliases, directives, suggestions, NUL, list lengths, root type. */
  validationRules: ValidationRule[];
  hideSuggestions: boolean;
  logger: Logger;
  feeds: LiveFeeds;
}

/** The sockets were closed because the server is going away (restart, deploy): the client reconnects, maybe to another process. */
const GOING_AWAY = 1001;
/** The viewer's role or organisation changed: the client reconnects and is authenticated afresh. */
const AUTHENTICATE_AGAIN = 1012;
/**
 * The user already has LIVE_MAX_SOCKETS_PER_USER sockets open in this process. Not graphql-ws's
 * 4403 (that says the token is no good) and not one it treats as fatal: the client retries with
 * backoff, and gets in once one of the user's other tabs closes.
 */
export const TOO_MANY_SOCKETS = 4013;

const http400 = { http: { status: 400 } };

/** graphql-js's own parse and validation errors, with the code Apollo gives them over HTTP, so formatError words them alike. */
const withCode = (error: GraphQLError, code: ErrorCode) =>
  error.extensions?.reason
    ? error
    : new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: { ...error.extensions, code },
      });

const tokenOf = (authorization: unknown) =>
  typeof authorization === "string" ? (/^Bearer (\S+)$/i.exec(authorization)?.[1] ?? null) : null;

/**
 * graphql-ws (the graphql-transport-ws protocol) on the HTTP server's own port and path,
 * `/graphql`. A socket is authenticated once, by `connectionParams.authorization`, exactly as an
 * HTTP request is (the same sessions); without a valid token it is closed with 4403 Forbidden.
 * Each subscription passes the same limits as an HTTP request (tokens, depth, aliases, directives,
 * cost, variables) and its errors are shaped by the same formatError. Only subscriptions are
 * accepted: queries and mutations keep to POST, where the time and size limits live. A socket holds
 * at most maxSubscriptionsPerSocket subscriptions and a user at most maxSocketsPerUser sockets here.
 */
export function liveSockets(deps: LiveSocketDeps) {
  const { schema, services, limits, liveLimits, logger, feeds } = deps;
  const formatError = createFormatError({ hideSuggestions: deps.hideSuggestions, logger });
  const rules = [...specifiedRules, ...deps.validationRules];
  const byUser = new Map<string, Set<Connection>>();
  const servers: Array<{ wss: WebSocketServer; dispose: () => void | Promise<void> }> = [];
  let closing = false;

  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((error) => formatError(error.toJSON(), error));

  const forget = (connection: Connection | undefined) => {
    if (!connection) return;
    const set = byUser.get(connection.viewer.userId);
    set?.delete(connection);
    if (set?.size === 0) byUser.delete(connection.viewer.userId);
  };

  function attach(server: http.Server): void {
    const wss = new WebSocketServer({ server, path: "/graphql", maxPayload: limits.maxBodyBytes });
    const disposable = useServer<Record<string, unknown>, SocketExtra>(
      {
        schema,
        onConnect: async (ctx) => {
          if (closing) return false;
          const token = tokenOf(ctx.connectionParams?.authorization);
          const viewer = token ? await services.auth.authenticate(token) : null;
          if (!token || !viewer) return false;
          if ((byUser.get(viewer.userId)?.size ?? 0) >= liveLimits.maxSocketsPerUser) {
            // Closed first with our own code; graphql-ws's 4403 for `false` then finds the socket closing and is not sent.
            ctx.extra.socket.close(TOO_MANY_SOCKETS, "SOCKET_TOO_MANY_SOCKETS");
            return false;
          }
          const connection: Connection = { token, viewer, socket: ctx.extra.socket, checkedAt: Date.now() };
          ctx.extra.connection = connection;
          let set = byUser.get(viewer.userId);
          if (!set) byUser.set(viewer.userId, (set = new Set()));
          set.add(connection);
          return true;
        },
        onClose: (ctx) => forget(ctx.extra.connection),
        onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
          const connection = ctx.extra.connection!;
          // graphql-ws's own list of this socket's open operations, this one included; an operation leaves it when it completes.
          if (Object.keys(ctx.subscriptions).length > liveLimits.maxSubscriptionsPerSocket) {
            return [refusal("SOCKET_TOO_MANY_SUBSCRIPTIONS", { maxSubscriptions: liveLimits.maxSubscriptionsPerSocket })];
          }
          let document: DocumentNode;
          try {
            document = parse(payload.query, { maxTokens: limits.maxTokens });
          } catch (error) {
            return [withCode(error instanceof GraphQLError ? error : new GraphQLError(String(error)), ErrorCode.GRAPHQL_PARSE_FAILED)];
          }
          const invalid = validate(schema, document, rules);
          if (invalid.length) return invalid.map((error) => withCode(error, ErrorCode.GRAPHQL_VALIDATION_FAILED));
          const operation = getOperationAST(document, payload.operationName);
          if (!operation) return [refusal("INVALID_QUERY", {}, http400)];
          if (operation.operation !== "subscription") return [refusal("SOCKET_SUBSCRIPTIONS_ONLY", {}, http400)];
          const variables = (payload.variables ?? {}) as Record<string, unknown>;
          const found = variableProblem(variables, limits.maxListItems, "");
          if (found?.problem === "nul") return [refusal("TEXT_FORBIDDEN_CHARACTERS", {}, { field: found.path, ...http400 })];
          if (found?.problem === "list")
            return [refusal("LIST_TOO_LONG", { maxItems: limits.maxListItems }, { field: found.path, ...http400 })];
          const cost = operationCost(schema, document, payload.operationName, variables);
          if (cost > limits.maxCost) return [refusal("QUERY_TOO_COSTLY", { cost, maxCost: limits.maxCost }, http400)];
          const ip = ctx.extra.request.socket.remoteAddress ?? null;
          const contextValue: Context & { live: LiveFeeds } = {
            viewer: connection.viewer,
            token: connection.token,
            ip,
            loaders: createLoaders(services, connection.viewer, ip),
            services,
            live: feeds,
          };
          return { schema, document, operationName: payload.operationName, variableValues: variables, contextValue };
        },
        onError: (_ctx, _id, _payload, errors) => format(errors),
        onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      },
      wss,
    );
    servers.push({ wss, dispose: () => disposable.dispose() });
  }

  /**
   * Checks the sockets of these users again (after a logout, ended sessions, a deactivation, a new
   * password or a role change, in any process): a token that no longer signs in closes its socket
   * with 4401 Unauthorized; a changed role or organisation reconnects it.
   */
  async function recheck(userIds: string[], olderThanMs?: number): Promise<void> {
    for (const userId of new Set(userIds)) {
      for (const connection of [...(byUser.get(userId) ?? [])]) {
        // The periodic check skips sockets checked recently; a change to the user checks them all.
        if (olderThanMs !== undefined && Date.now() - connection.checkedAt < olderThanMs) continue;
        const viewer = await services.auth.authenticate(connection.token);
        connection.checkedAt = Date.now();
        if (!viewer) {
          forget(connection);
          connection.socket.close(CloseCode.Unauthorized, "Unauthorized");
        } else if (viewer.role !== connection.viewer.role || viewer.organisationId !== connection.viewer.organisationId) {
          forget(connection);
          connection.socket.close(AUTHENTICATE_AGAIN, "Authenticate again");
        }
      }
    }
  }

  // Sessions also end by running out; each socket's token is checked again every few minutes.
  const sweep = setInterval(() => {
    recheck([...byUser.keys()], RECHECK_EVERY_MS).catch((error: unknown) => logger.error({ err: error }, "live sockets: recheck failed"));
  }, 60_000);
  sweep.unref();

  return {
    attach,
    recheck,
    /** Open sockets in this process (the benchmark reads it). */
    get connections(): number {
      let count = 0;
      for (const set of byUser.values()) count += set.size;
      return count;
    },
    /** Closes every socket (1001: the client reconnects, perhaps to another process) and stops accepting new ones. */
    async close(): Promise<void> {
      closing = true;
      clearInterval(sweep);
      for (const { wss, dispose } of servers.splice(0)) {
        for (const client of wss.clients) client.close(GOING_AWAY, "Server restarting");
        await dispose();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
      }
      byUser.clear();
      logger.debug("live sockets closed");
    },
  };
}

export type LiveSockets = ReturnType<typeof liveSockets>;

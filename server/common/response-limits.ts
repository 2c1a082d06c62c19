import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import { formattedRefusal } from "./errors.js";

/** What the HTTP layer and Apollo share about one request (kept on the GraphQL context). */
export interface RequestState {
  /** Set once the operation is known: a mutation is never cut short by the timeout (see requestTimeout). */
  mutation: boolean;
}

/**
 * Refuses an answer larger than maxResponseBytes as a whole, with a typed error, instead of
 * sending it or cutting it short. The cost limit keeps answers small; this is the line behind it
 * for what the cost model cannot see (long texts, many fields of one object). It measures the
 * string Apollo already serialised (a batch counts as one answer), so it costs a length count,
 * not a second JSON.stringify.
 */
export function responseSizeGuard(maxResponseBytes: number): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      // A UTF-16 unit is at most 3 bytes of UTF-8: short answers skip the count.
      if (typeof body === "string" && body.length * 3 > maxResponseBytes && Buffer.byteLength(body) > maxResponseBytes) {
        res.statusCode = 400;
        return send(JSON.stringify({ errors: [formattedRefusal("RESPONSE_TOO_LARGE", { maxBytes: maxResponseBytes })] }));
      }
      return send(body);
    };
    next();
  };
}

/** Request errors that graphql-js reports before execution: parse, validation and variable coercion. */
const REQUEST_ERRORS = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` gets a request error with
 * status 200 (the legacy media type carries errors in the body); `application/graphql-response+json`
 * and a request without Accept keep the 4xx status.
 */
export function jsonAcceptStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get("accept") ?? "";
      const legacyOnly = /application\/json/i.test(accept) && !/application\/graphql-response\+json/i.test(accept);
      if (!legacyOnly) return {};
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || response.http.status !== 400) return;
          const { data, errors } = response.body.singleResult;
          if (data === undefined && errors?.length && errors.every((error) => REQUEST_ERRORS.has(String(error.extensions?.code)))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

/** Marks the request as a mutation once Apollo knows its operation. */
export function operationKindPlugin(stateOf: (context: unknown) => RequestState): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === "mutation") stateOf(contextValue).mutation = true;
        },
      };
    },
  };
}

/**
 * The last line: a request still unanswered after `ms` gets a typed TIMEOUT (HTTP 503) and its
 * late answer is dropped. graphql-js cannot stop a running execution, so this bounds what a client
 * waits for, not the work. Mutations are let finish: an answer that says "failed" while the claim
 * is stored would invite a second claim.
 */
export function requestTimeout(ms: number, stateOf: (res: import("express").Response) => RequestState | undefined): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent || stateOf(res)?.mutation) return;
      res.status(503).json({ errors: [formattedRefusal("REQUEST_TIMEOUT", { timeoutMs: ms })] });
    }, ms);
    const clear = () => clearTimeout(timer);
    res.once("finish", clear);
    res.once("close", clear);
    next();
  };
}

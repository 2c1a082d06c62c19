import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { createApp } from "../server/app.js";
import { openStore } from "../server/db/open-store.js";
import { boardBody } from "./board-query.js";
import { BENCH_TOKEN } from "./dataset.js";

/**
 * SQL statements per board request, counted by the server's own StatementCounter: the real app
 * (createApp) in this process over real HTTP. Run by bench/run.ts with NODE_ENV=production.
 * Usage: node dist/bench/count-statements.js <sqlite file> <token secret>
 */
export async function countBoardStatements(sqlitePath: string, tokenSecret: string) {
  const store = await openStore({ databaseUrl: null, sqlitePath, seedDemo: false });
  const { app, stop } = await createApp({
    config: { production: true, tokenSecret, tokenTtlHours: 12, holdTtlMinutes: 60 } as Parameters<typeof createApp>[0]["config"],
    store,
  });
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const counter = store.statements;
  const count = async (body: string) => {
    const before = counter.count;
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${BENCH_TOKEN}` },
      body,
    });
    const answer = (await response.json()) as { data?: { board: { pageInfo: { endCursor: string } } }; errors?: unknown };
    if (!answer.data?.board) throw new Error(`board failed: ${JSON.stringify(answer.errors)}`);
    return { statements: counter.count - before, endCursor: answer.data.board.pageInfo.endCursor };
  };
  try {
    // A page read for the first time (cold) and the same page again (warm: served while the store
    // is unchanged, see Store.version in server/db/store.ts). Both must not grow with the page.
    const cold10 = (await count(boardBody(10))).statements;
    const warm10 = (await count(boardBody(10))).statements;
    const cold = await count(boardBody(50));
    const warm50 = (await count(boardBody(50))).statements;
    const after50 = (await count(boardBody(50, cold.endCursor))).statements;
    return { first10: cold10, first50: cold.statements, warm10, warm50, first50After: after50 };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await stop();
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await countBoardStatements(process.argv[2]!, process.argv[3]!);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

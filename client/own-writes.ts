import { ApolloLink, Observable } from "@apollo/client/core";
import { getMainDefinition } from "@apollo/client/utilities";

/**
 * This tab's mutations in flight. The server publishes a change when it commits, so the live
 * update for the reader's own claim can arrive before the claim's own answer. Live updates that
 * arrive meanwhile wait until the answer is in the cache (`afterOwnWrites`), so the reader's own
 * change is not announced back to them as if someone else had made it.
 */
let inFlight = 0;
let waiting: Array<() => void> = [];

function settled() {
  inFlight--;
  if (inFlight > 0) return;
  const run = waiting;
  waiting = [];
  for (const callback of run) callback();
}

/** Counts mutations from their start until Apollo has written their answer to the cache. */
export const ownWritesLink = new ApolloLink((operation, forward) => {
  const definition = getMainDefinition(operation.query);
  if (definition.kind !== "OperationDefinition" || definition.operation !== "mutation") return forward(operation);
  return new Observable((observer) => {
    inFlight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      // Apollo writes the answer to the cache in promise jobs after `next`; settle after all of them.
      setTimeout(settled, 0);
    };
    const subscription = forward(operation).subscribe({
      next: (result) => observer.next(result),
      error: (error) => {
        finish();
        observer.error(error);
      },
      complete: () => {
        finish();
        observer.complete();
      },
    });
    return () => {
      finish();
      subscription.unsubscribe();
    };
  });
});

/** Runs the callback now, or once this tab's mutations in flight have their answers in the cache. */
export function afterOwnWrites(callback: () => void): void {
  if (inFlight === 0) callback();
  else waiting.push(callback);
}

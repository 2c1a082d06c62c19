/**
 * One subscriber's queue of events, as the async iterator graphql-js reads a subscription from.
 * Events carry a key: an event waiting to be sent is replaced by a newer one with the same key
 * (the newest state of a placement is all a slow reader needs), so a stalled socket holds at most
 * one event per key.
 */
export class Inbox<T> implements AsyncIterableIterator<T> {
  private readonly items = new Map<string, T>();
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;

  constructor(private readonly onClose: () => void) {}

  get closed(): boolean {
    return this.done;
  }

  push(key: string, item: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: item, done: false });
      return;
    }
    this.items.delete(key);
    this.items.set(key, item);
  }

  next(): Promise<IteratorResult<T>> {
    const first = this.items.entries().next();
    if (!first.done) {
      this.items.delete(first.value[0]);
      return Promise.resolve({ value: first.value[1], done: false });
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.items.clear();
      this.onClose();
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

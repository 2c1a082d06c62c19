import DataLoader from "dataloader";

/** A loader that reads a batch of keys in one query and answers in key order, null where nothing matched. */
export function oneByKey<K, V>(read: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = new Map((await read([...keys])).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key) ?? null);
  });
}

/** A loader that reads a batch of keys in one query and answers each key with its rows, in the query's order. */
export function manyByKey<K, V>(read: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await read([...keys])) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}

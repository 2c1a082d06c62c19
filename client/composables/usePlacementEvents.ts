/** Live placement updates for whoever on the page cares (the board's list), after the cache has them. */
type Listener = (placementId: string) => void;
const listeners = new Set<Listener>();

export function emitPlacementUpdated(placementId: string): void {
  for (const listener of listeners) listener(placementId);
}

/** Returns the function that stops listening. */
export function onPlacementUpdated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Values computed at one store version (Store.version), bounded; a value is served only to a
 * caller that sees the same version, so it never outlives a commit. A null version (PostgreSQL)
 * caches nothing.
 */
export class VersionedCache<V> {
  private version: string | null = null;
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(version: string | null, key: string): V | undefined {
    return version !== null && version === this.version ? this.entries.get(key) : undefined;
  }

  set(version: string | null, key: string, value: V): void {
    if (version === null) return;
    if (version !== this.version || this.entries.size >= this.limit) {
      this.version = version;
      this.entries.clear();
    }
    this.entries.set(key, value);
  }
}

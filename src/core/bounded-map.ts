/**
 * A map for values worked out once per word and kept across texts: past
 * `limit` entries it is emptied before the next is added, which bounds its
 * memory without the bookkeeping of a least-recently-used cache (the words
 * that matter come back at once).
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

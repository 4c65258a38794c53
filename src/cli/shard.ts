/** One part of a run split across machines: the `index`th (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Reads `--shard i/n`; a message says what is wrong with anything else. */
export function parseShard(text: string): Shard | { readonly problem: string } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return { problem: `--shard must look like 2/5 (this machine's part / how many parts), not "${text}"` };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) return { problem: `--shard ${text}: the number of parts must be at least 1` };
  if (index < 1 || index > count) return { problem: `--shard ${text}: the part must be between 1 and ${count}` };
  return { index, count };
}

/**
 * The files of one shard: every `count`th file of the sorted list, from
 * the shard's own offset. Dealt like cards rather than cut in blocks, so
 * folders of large files spread over every shard.
 */
export function selectShard<T>(files: readonly T[], shard: Shard): T[] {
  return files.filter((_, position) => position % shard.count === shard.index - 1);
}

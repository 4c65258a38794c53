/**
 * The names an article gives, filed by their first and last words, so that
 * the fuller form of a name (`Peskov` → `Dmitry Peskov`, `Kim` → `Kim Jong
 * Un`) is found among the few names sharing a word with it rather than by
 * comparing it with every name in the article.
 */
export class FullerNames {
  private readonly byLast = new Map<string, Filed[]>();
  private readonly byFirst = new Map<string, Filed[]>();
  private readonly filed = new Set<string>();

  /** Files `name`; a name filed again keeps its first place. */
  add(name: string): void {
    if (this.filed.has(name)) return;
    const entry = { name, rank: this.filed.size };
    this.filed.add(name);
    const lastSpace = name.lastIndexOf(' ');
    if (lastSpace >= 0) file(this.byLast, name.slice(lastSpace + 1), entry);
    const firstSpace = name.indexOf(' ');
    if (firstSpace >= 0) file(this.byFirst, name.slice(0, firstSpace), entry);
  }

  /**
   * The longest filed name longer than `name` that ends with its last word
   * or begins with the whole of it; of names equally long, the first filed.
   */
  longest(name: string): Filed | undefined {
    const last = name.split(/\s+/).at(-1)!;
    const firstSpace = name.indexOf(' ');
    const first = firstSpace >= 0 ? name.slice(0, firstSpace) : name;
    let best: Filed | undefined;
    const consider = (entry: Filed, fits: boolean) => {
      if (!fits || entry.name.length <= name.length) return;
      if (!best || entry.name.length > best.name.length || (entry.name.length === best.name.length && entry.rank < best.rank)) best = entry;
    };
    for (const entry of this.byLast.get(last) ?? []) consider(entry, true);
    for (const entry of this.byFirst.get(first) ?? []) consider(entry, entry.name.startsWith(name + ' '));
    return best;
  }
}

export interface Filed {
  readonly name: string;
  /** The order it was filed in. */
  readonly rank: number;
}

function file(shelf: Map<string, Filed[]>, key: string, entry: Filed): void {
  const entries = shelf.get(key);
  if (entries) entries.push(entry);
  else shelf.set(key, [entry]);
}

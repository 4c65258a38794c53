/**
 * The names an article gives, filed by their last word and by each run of
 * their first words, so that the fuller form of a name (`Peskov` → `Dmitry
 * Peskov`, `Kim` → `Kim Jong Un`) is looked up rather than searched for
 * among every name in the article. Each shelf keeps only its longest name
 * (the first filed, of names equally long), which is all a look-up asks.
 */
export class FullerNames {
  private readonly byLast = new Map<string, Filed>();
  private readonly byFront = new Map<string, Filed>();
  private readonly filed = new Set<string>();
  private byInitials?: Map<string, string>;
  private readonly several: string[] = [];

  /** `fill`, if given, files the names when a look-up first asks: an article whose speakers the linker named asks none. */
  constructor(private fill?: (names: FullerNames) => void) {}

  private filled(): void {
    const fill = this.fill;
    this.fill = undefined;
    fill?.(this);
  }

  /** Files `name`; a name filed again keeps its first place. */
  add(name: string): void {
    if (this.filed.has(name)) return;
    const entry = { name, rank: this.filed.size };
    this.filed.add(name);
    const lastSpace = name.lastIndexOf(' ');
    if (lastSpace >= 0) shelve(this.byLast, name.slice(lastSpace + 1), entry);
    for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) shelve(this.byFront, name.slice(0, space), entry);
    if (lastSpace >= 0) this.several.push(name);
  }

  /**
   * The longest filed name longer than `name` that ends with its last word
   * or begins with the whole of it; of names equally long, the first filed.
   */
  longest(name: string): Filed | undefined {
    this.filled();
    const last = name.split(/\s+/).at(-1)!;
    const candidates = [this.byLast.get(last), this.byFront.get(name)].filter(
      (entry): entry is Filed => entry !== undefined && entry.name.length > name.length,
    );
    return candidates.reduce<Filed | undefined>((best, entry) => (best && !longer(entry, best) ? best : entry), undefined);
  }

  private fileInitials(shelf: Map<string, string>, name: string): void {
    const words = name.split(' ');
    if (!words.every((word) => /^\p{Lu}/u.test(word))) return;
    const initials = words.map((word) => word[0]).join('');
    if (!shelf.has(initials)) shelf.set(initials, name);
  }

  /** The first filed name of two words or more whose initials are `acronym`: `KCNA` → `Korean Central News Agency`. */
  withInitials(acronym: string): string | undefined {
    this.filled();
    if (!this.byInitials) {
      this.byInitials = new Map();
      for (const name of this.several) this.fileInitials(this.byInitials, name);
    }
    return this.byInitials.get(acronym);
  }
}

export interface Filed {
  readonly name: string;
  /** The order it was filed in. */
  readonly rank: number;
}

function longer(a: Filed, b: Filed): boolean {
  return a.name.length > b.name.length || (a.name.length === b.name.length && a.rank < b.rank);
}

function shelve(shelf: Map<string, Filed>, key: string, entry: Filed): void {
  const best = shelf.get(key);
  if (!best || longer(entry, best)) shelf.set(key, entry);
}

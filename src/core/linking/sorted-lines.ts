/** Between the lines of a table and between a line's fields: characters no name or description holds, and JSON need not escape. */
export const LINE = '|';
export const FIELD = '~';

/**
 * Lines sorted by their first field, looked up by binary search over the
 * text itself: loading costs one pass to find where each line starts, and
 * nothing is built per line until it is asked for.
 */
export class SortedLines {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    const starts = [0];
    for (let at = text.indexOf(LINE); at >= 0; at = text.indexOf(LINE, at + 1)) starts.push(at + 1);
    starts.push(text.length + 1);
    this.starts = Uint32Array.from(starts);
  }

  /** The rest of the line whose first field is `key`, if there is one. */
  find(key: string): string | undefined {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keyAt(middle) < key) low = middle + 1;
      else high = middle;
    }
    if (low >= this.starts.length - 1 || this.keyAt(low) !== key) return undefined;
    return this.text.slice(this.starts[low]! + key.length + 1, this.starts[low + 1]! - 1);
  }

  /** The line at `index` (0-based), for a file whose lines are looked up by number. */
  line(index: number): string | undefined {
    if (index < 0 || index >= this.starts.length - 1) return undefined;
    return this.text.slice(this.starts[index], this.starts[index + 1]! - 1);
  }

  private keyAt(line: number): string {
    const start = this.starts[line]!;
    const tab = this.text.indexOf(FIELD, start);
    const end = this.starts[line + 1]! - 1;
    return this.text.slice(start, tab < 0 || tab > end ? end : tab);
  }
}

import type { Span } from './span';

/**
 * One line of a file: `start`/`end` cover its content without the line
 * ending; `next` is the offset just after the line ending (the next line's
 * start). `index` is 0-based.
 */
export interface Line extends Span {
  readonly index: number;
  readonly text: string;
  readonly next: number;
}

/**
 * Splits text into lines the way LSP and VS Code count them: `\r\n`, `\n`
 * and a lone `\r` each end a line. A file ending with a line ending has no
 * empty last line in this list.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const length = text.length;
  while (start < length) {
    let end = start;
    while (end < length) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13) break;
      end++;
    }
    let next = end;
    if (next < length) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    lines.push({ index: lines.length, start, end, next, text: text.slice(start, end) });
    start = next;
  }
  return lines;
}

/** A zero-based line and UTF-16 character, as LSP counts them. */
export interface LineCharacter {
  readonly line: number;
  readonly character: number;
}

/** Converts offsets to lines and characters and back, for one text. */
export class LineIndex {
  /** Offsets at which each line starts; always begins with 0. */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (code === 10) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): LineCharacter {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - this.starts[low]! };
  }

  offsetAt(position: LineCharacter): number {
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[Math.max(0, position.line)]!;
    const lineEnd = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! : this.text.length;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }
}

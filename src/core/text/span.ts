/**
 * A stretch of a file's text, as UTF-16 offsets (JavaScript string indices),
 * end exclusive. Every position inside the core is a `Span` or an offset;
 * lines and columns are computed only at the edges (reporters, LSP).
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A replacement of `[start, end)` by `newText`: the unit every fix is made of. */
export interface TextEdit extends Span {
  readonly newText: string;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** From the first span's start to the last one's end (empty for no spans): an article's stretch of its file. */
export function extentOf(spans: readonly Span[]): Span {
  if (spans.length === 0) return { start: 0, end: 0 };
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { start, end };
}

/** Applies non-overlapping edits to text; text no edit covers is kept byte for byte. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let cursor = 0;
  for (const edit of sorted) {
    output += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return output + text.slice(cursor);
}

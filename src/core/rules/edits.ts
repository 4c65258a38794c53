import type { Line } from '../text/lines';
import { isBlank } from '../text/normalise';
import type { TextEdit } from '../text/span';

/**
 * Deletes lines `first`..`last` (indexes into the file's lines) whole, with
 * their line endings, and leaves no stray blank line behind: when the
 * deleted lines stood alone between blank lines, the blank lines above them
 * go too (below them at the top of the file). The copy below keeps the
 * blank lines above it, which decide whether it opens a new story. Line
 * endings elsewhere are untouched.
 */
export function deleteLines(lines: readonly Line[], first: number, last: number): TextEdit {
  const before = lines[first - 1];
  const after = lines[last + 1];
  const standsAlone = (!before || isBlank(before.text)) && (!after || isBlank(after.text));
  let start = lines[first]!.start;
  let end = lines[last]!.next;
  if (standsAlone && before) {
    let top = first - 1;
    while (top > 0 && isBlank(lines[top - 1]!.text)) top--;
    start = lines[top]!.start;
  } else if (standsAlone && after) end = after.next;
  else if (!after && before && end === lines[last]!.end) start = before.end;
  return { start, end, newText: '' };
}

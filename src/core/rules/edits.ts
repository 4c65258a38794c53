import type { Line } from '../text/lines';
import { isBlank } from '../text/normalise';
import type { TextEdit } from '../text/span';

/**
 * Deletes lines `first`..`last` (indexes into the file's lines) whole, with
 * their line endings, and leaves no stray blank line behind: when the
 * deleted lines stood alone between blank lines, one of those blank lines
 * goes too. Line endings elsewhere are untouched.
 */
export function deleteLines(lines: readonly Line[], first: number, last: number): TextEdit {
  const before = lines[first - 1];
  const after = lines[last + 1];
  const standsAlone = (!before || isBlank(before.text)) && (!after || isBlank(after.text));
  let start = lines[first]!.start;
  let end = lines[last]!.next;
  if (standsAlone && after) end = after.next;
  else if (standsAlone && before) start = before.start;
  else if (!after && before && end === lines[last]!.end) start = before.end;
  return { start, end, newText: '' };
}

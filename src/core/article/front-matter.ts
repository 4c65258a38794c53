import type { Line } from '../text/lines';
import type { FrontMatter } from './model';

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * A YAML block fenced by `---` lines at the very top of a file (Jekyll,
 * Hugo and Astro all read this shape). An opening fence never closed is not
 * front-matter: the text stays copy, so nothing is silently hidden.
 */
export function findFrontMatter(lines: readonly Line[]): FrontMatter | undefined {
  const opening = lines[0];
  if (!opening || !FENCE.test(opening.text)) return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (CLOSING_FENCE.test(line.text)) {
      return { start: opening.start, end: line.end, yaml: { start: opening.next, end: line.start } };
    }
  }
  return undefined;
}

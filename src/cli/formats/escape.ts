/**
 * Characters a terminal or a CI log acts on instead of printing: the C0 and
 * C1 controls (ESC starts a sequence that retitles the window, a line break
 * starts what GitHub Actions reads as a workflow command), DEL, the line and
 * paragraph separators, and the bidirectional overrides that reorder what the
 * reader sees.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a human-readable report, with every unprintable character shown
 * as its escape (`\u001b`): front-matter keys, YAML excerpts and paths come
 * from files anyone may have written, and must reach the terminal as text.
 */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

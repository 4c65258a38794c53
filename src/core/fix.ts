import type { ArticleFormat } from './article/model';
import type { ResolvedRule } from './config/config';
import type { Finding } from './findings';
import { lintText, type LintOptions, type LintResult } from './lint';
import { isBlank } from './text/normalise';
import { applyEdits, overlaps, type TextEdit } from './text/span';

/**
 * Picks the fixes that can be applied together: in order of place, each
 * finding's edits are taken whole unless one touches an edit already taken.
 * Two insertions at one offset count as touching, since their order would
 * be a guess.
 */
export function compatibleFixes(findings: readonly Finding[]): Finding[] {
  const taken: TextEdit[] = [];
  const chosen: Finding[] = [];
  const clash = (edit: TextEdit): boolean =>
    taken.some((other) => overlaps(edit, other) || (edit.start === other.start && (edit.start === edit.end || other.start === other.end)));
  // At one place the larger repair goes first: a repeated photo block whole, not caption by caption.
  const byReach = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const finding of byReach) {
    if (!finding.fix || finding.fix.length === 0 || finding.fix.some(clash)) continue;
    taken.push(...finding.fix);
    chosen.push(finding);
  }
  return chosen;
}

export interface FixOutcome {
  readonly output: string;
  /** Every finding whose fix went in, across all passes. */
  readonly applied: readonly Finding[];
}

/** The offset where the line holding `offset` starts. */
function lineStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}

/** The offset where the line before the one starting at `start` starts: a `\r\n` ending is one ending, not two. */
function previousLineStart(text: string, start: number): number {
  let end = start;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return lineStart(text, end);
}

/** The line starting at `offset`, without its ending, and where the next line starts. */
function lineAt(text: string, offset: number): { content: string; next: number } {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : Math.min(end + 1, text.length);
  return { content: text.slice(offset, end), next };
}

/** Where the blank lines just above the line starting at `start` begin (`start` itself when there are none). */
function blankLinesBefore(text: string, start: number): number {
  let top = start;
  while (top > 0) {
    const previous = previousLineStart(text, top);
    if (!isBlank(lineAt(text, previous).content)) break;
    top = previous;
  }
  return top;
}

/**
 * Deletions of whole lines that meet (a repeated caption and the `TT`
 * after it) can together empty a block that neither emptied alone, leaving
 * two blank runs where there was one. Each such joined deletion standing
 * between blank lines takes the blank lines above it too, as `deleteLines`
 * does for one block: the copy below keeps the blank lines above it, which
 * decide whether it opens a new story.
 */
export function joinLineDeletions(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const joined: TextEdit[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    let start = first.start;
    let end = first.end;
    let parts = 1;
    while (i + 1 < sorted.length && sorted[i + 1]!.start === end && sorted[i + 1]!.newText === '' && first.newText === '') {
      end = sorted[++i]!.end;
      parts++;
    }
    if (parts > 1 && lineStart(text, start) === start && lineStart(text, end) === end) {
      const before = start === 0 ? undefined : lineAt(text, previousLineStart(text, start)).content;
      const after = end < text.length ? lineAt(text, end) : undefined;
      if ((before === undefined || isBlank(before)) && (after === undefined || isBlank(after.content))) {
        if (before !== undefined) start = Math.max(blankLinesBefore(text, start), joined[joined.length - 1]?.end ?? 0);
        else if (after) end = after.next;
      }
    }
    joined.push({ start, end, newText: first.newText });
  }
  return joined;
}

/** Line endings that a deletion may bring together: a lone `\r` and then a `\n` would read as one `\r\n`. */
function joinsLineEndings(left: string | undefined, right: string | undefined): boolean {
  return left === '\r' && right === '\n';
}

/**
 * Keeps every line break an edit does not remove: an edit that would leave
 * a lone `\r` just before a `\n` (deleting the line between them, or the
 * spaces of a whitespace-only line) would turn two line endings into one
 * `\r\n` and merge two lines. A whole line deleted there gives up the `\r`
 * above it instead of its own `\n`; any other such edit ends its text with
 * the `\r` and takes the `\n` in its place. Expects edits that neither
 * overlap nor meet (`joinLineDeletions` joins those that meet).
 */
export function keepLineBreaks(text: string, edits: readonly TextEdit[]): TextEdit[] {
  return edits.map((edit) => {
    const left = edit.newText === '' ? text[edit.start - 1] : edit.newText[edit.newText.length - 1];
    if (edit.start === edit.end || !joinsLineEndings(left, text[edit.end])) return edit;
    if (edit.newText === '' && text[edit.end - 1] === '\n' && text[edit.start - 2] !== '\r')
      return { start: edit.start - 1, end: edit.end - 1, newText: '' };
    return { start: edit.start, end: edit.end + 1, newText: `${edit.newText}\r` };
  });
}

/** The edits of one pass: the chosen findings' fixes, deletions that meet joined, line breaks kept. */
export function passEdits(text: string, chosen: readonly Finding[]): TextEdit[] {
  return keepLineBreaks(
    text,
    joinLineDeletions(
      text,
      chosen.flatMap((finding) => finding.fix ?? []),
    ),
  );
}

/** Passes are bounded: fixes only delete and replace, so this is ample, and a pathological rule cannot loop. */
const MAX_PASSES = 10;

/**
 * Applies every fix it can: fixes that overlap wait for the next pass, when
 * the text is linted again and the remaining findings are computed afresh
 * against the new text.
 */
export function fixText(text: string, lint: (text: string) => readonly Finding[]): FixOutcome {
  let output = text;
  const applied: Finding[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = compatibleFixes(lint(output));
    if (chosen.length === 0) break;
    const next = applyEdits(output, passEdits(output, chosen));
    if (next === output) break;
    applied.push(...chosen);
    output = next;
  }
  return { output, applied };
}

export interface FixedFile extends FixOutcome {
  /** The fixed text linted: the findings left to report, and the model and annotations behind them. */
  readonly result: LintResult;
}

/**
 * Applies every fix the rules offer to one file's text, with the workspace
 * dictionary, and lints what comes out: the one fix engine behind `--fix`,
 * fix-all, the cleanup commands and fixing on save. The last pass already
 * linted the fixed text, so its findings are the ones left.
 */
export function fixFile(text: string, format: ArticleFormat, rules: readonly ResolvedRule[], options: LintOptions = {}): FixedFile {
  let last: LintResult | undefined;
  const { output, applied } = fixText(text, (current) => (last = lintText(current, format, rules, options)).findings);
  const result = last && last.file.text === output ? last : lintText(output, format, rules, options);
  return { output, applied, result };
}

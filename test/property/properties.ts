// What must hold for any file of copy, however broken: checked on fast-check's
// inputs by test/property/*.test.ts and on many more by `npm run fuzz`. Each
// check returns what it found wrong, in words, so a failing case explains
// itself.
import { parseArticleFile } from '../../src/core/article/parse';
import type { ArticleFormat } from '../../src/core/article/model';
import { resolveRules } from '../../src/core/config/config';
import { compatibleFixes, fixFile, joinLineDeletions } from '../../src/core/fix';
import type { Finding } from '../../src/core/findings';
import { lintText } from '../../src/core/lint';
import siteMarkers from '../../src/core/lexicon/site-markers.json';
import { applyEdits, type TextEdit } from '../../src/core/text/span';

const RULES = resolveRules();

export interface Case {
  /** The file's text as decoded, without the one byte order mark a reader strips. */
  readonly text: string;
  readonly format: ArticleFormat;
}

export function caseOf(raw: string, format: ArticleFormat): Case {
  return { text: raw.startsWith('\ufeff') ? raw.slice(1) : raw, format };
}

function lint({ text, format }: Case): readonly Finding[] {
  return lintText(text, format, RULES).findings;
}

/** Lints, annotates every article and fixes; an exception anywhere is a failure. */
export function neverThrows(input: Case): string[] {
  try {
    const result = lintText(input.text, input.format, RULES);
    for (const article of result.file.articles) result.annotations(article);
    fixFile(input.text, input.format, RULES);
    return [];
  } catch (error) {
    return [`threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
}

function outside(span: { start: number; end: number }, length: number): boolean {
  return !(span.start >= 0 && span.start <= span.end && span.end <= length);
}

/** Every finding, fix, related place and annotation lies inside the text. */
export function offsetsInside(input: Case): string[] {
  const length = input.text.length;
  const result = lintText(input.text, input.format, RULES);
  const problems: string[] = [];
  for (const finding of result.findings) {
    const spans = [finding, ...(finding.fix ?? []), ...(finding.suggestion ?? []), ...finding.related];
    if (spans.some((span) => outside(span, length)))
      problems.push(`${finding.ruleId} at ${finding.start}-${finding.end} reaches outside the text`);
  }
  for (const article of result.file.articles) {
    const { mentions, dates, quotes } = result.annotations(article);
    for (const span of [...mentions, ...dates, ...quotes]) {
      if (outside(span, length)) problems.push(`an annotation at ${span.start}-${span.end} reaches outside the text`);
    }
  }
  return problems;
}

/** Fixing what is already fixed changes nothing. */
export function fixesAreIdempotent(input: Case): string[] {
  const once = fixFile(input.text, input.format, RULES).output;
  const twice = fixFile(once, input.format, RULES).output;
  return once === twice ? [] : ['a second fix changed the text again'];
}

/** Line breaks in `text`, a `\r\n` counted once, as the editor counts lines. */
function lineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/**
 * One pass of fixes joins no two line breaks into one and splits none: the
 * breaks of the new text are the breaks of the kept stretches plus those of
 * the inserted text, counted apart. (A deletion between a lone `\r` and a
 * `\n` would otherwise make one `\r\n` of two line endings.)
 */
export function lineBreaksKept(input: Case): string[] {
  const edits: TextEdit[] = joinLineDeletions(
    input.text,
    compatibleFixes(lint(input)).flatMap((finding) => finding.fix!),
  );
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let expected = 0;
  let cursor = 0;
  for (const edit of sorted) {
    expected += lineBreaks(input.text.slice(cursor, edit.start)) + lineBreaks(edit.newText);
    cursor = edit.end;
  }
  expected += lineBreaks(input.text.slice(cursor));
  const actual = lineBreaks(applyEdits(input.text, edits));
  return actual === expected ? [] : [`the fixes left ${actual} line breaks where the kept text has ${expected}`];
}

/** A line as the fixes may leave it: spaces collapsed, quote marks straight. */
function lineKey(line: string): string {
  return line
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .replace(/[“”«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .trim();
}

const MARKER_KEYS = new Set(siteMarkers.words.map((marker) => marker.toLowerCase()));

/** A site marker as `scrape-artifact` reads one: `**Advertisement**`, `[Read more](…)`, `Read more:`. */
function isMarker(key: string): boolean {
  const bare = key.replace(/^[*_]+|[*_]+$/g, '');
  const words = (/^\[([^\]]+)\]\([^)]*\)$/.exec(bare)?.[1] ?? bare).replace(/[\s:>\u00BB\u203A\u2026.]+$/u, '');
  return MARKER_KEYS.has(words.trim().toLowerCase());
}

/** Lines that stand once in the input, hold words, and are no site marker: no fix may delete them. */
function unrepeatedLines(text: string): string[] {
  const counts = new Map<string, number>();
  for (const line of text.split(/\r\n|\r|\n/)) counts.set(lineKey(line), (counts.get(lineKey(line)) ?? 0) + 1);
  return [...counts].filter(([key, count]) => count === 1 && /\p{L}{2}/u.test(key) && !isMarker(key)).map(([key]) => key);
}

/** Fixes delete repeats and debris only: every line that appears once survives, in some form. */
export function noUnrepeatedLineDeleted(input: Case): string[] {
  const output = fixFile(input.text, input.format, RULES).output;
  const kept = new Set(output.split(/\r\n|\r|\n/).map(lineKey));
  return unrepeatedLines(input.text)
    .filter((line) => !kept.has(line))
    .map((line) => `the fixes deleted a line that is not repeated: ${JSON.stringify(line.slice(0, 80))}`);
}

/** Fixing never makes one story two, or two one. */
export function storiesKept(input: Case): string[] {
  const before = parseArticleFile(input.text, { format: input.format }).articles.length;
  const output = fixFile(input.text, input.format, RULES).output;
  const after = parseArticleFile(output, { format: input.format }).articles.length;
  return before === after ? [] : [`the fixes turned ${before} stories into ${after}`];
}

/** Every property, by name. */
export const PROPERTIES: Readonly<Record<string, (input: Case) => string[]>> = {
  'never throws': neverThrows,
  'offsets inside the text': offsetsInside,
  'fixes are idempotent': fixesAreIdempotent,
  'line breaks kept': lineBreaksKept,
  'no unrepeated line deleted': noUnrepeatedLineDeleted,
  'stories kept': storiesKept,
};

// What must hold for any file of copy, however broken: checked on fast-check's
// inputs by test/property/*.test.ts and on many more by `npm run fuzz`. Each
// check returns what it found wrong, in words, so a failing case explains
// itself.
import { annotateArticle } from '../../src/core/annotations/annotate';
import { parseArticleFile } from '../../src/core/article/parse';
import type { ArticleFile, ArticleFormat } from '../../src/core/article/model';
import { resolveRules } from '../../src/core/config/config';
import { compatibleFixes, fixFile, passEdits, type FixedFile } from '../../src/core/fix';
import { planFrontMatter } from '../../src/core/front-matter/plan';
import { checkFrontMatter } from '../../src/core/front-matter/validate';
import { lintText, type LintResult } from '../../src/core/lint';
import siteMarkers from '../../src/core/lexicon/site-markers.json';
import { applyEdits } from '../../src/core/text/span';

const RULES = resolveRules();

export interface Case {
  /** The file's text as decoded, without the one byte order mark a reader strips. */
  readonly text: string;
  readonly format: ArticleFormat;
}

export function caseOf(raw: string, format: ArticleFormat): Case {
  return { text: raw.startsWith('\ufeff') ? raw.slice(1) : raw, format };
}

/**
 * What every property reads of one case, worked out once: the lint with
 * every article annotated, the fixes applied, and the fixes applied again to
 * their own output. An exception is kept as the case's failure.
 */
interface Worked {
  readonly linted: LintResult;
  /** How long the lint with every article annotated took, in milliseconds: what an editor waits for on opening the file. */
  readonly lintMs: number;
  readonly fixed: FixedFile;
  readonly refixed: FixedFile;
}

const worked = new WeakMap<Case, Worked | { readonly error: unknown }>();

function work(input: Case): Worked | { readonly error: unknown } {
  let found = worked.get(input);
  if (found) return found;
  try {
    const started = performance.now();
    const linted = lintText(input.text, input.format, RULES);
    for (const article of linted.file.articles) linted.annotations(article);
    const lintMs = performance.now() - started;
    const fixed = fixFile(input.text, input.format, RULES);
    found = { linted, lintMs, fixed, refixed: fixFile(fixed.output, input.format, RULES) };
  } catch (error) {
    found = { error };
  }
  worked.set(input, found);
  return found;
}

/** The case's work, or undefined when it threw (which `neverThrows` reports, once). */
function done(input: Case): Worked | undefined {
  const found = work(input);
  return 'error' in found ? undefined : found;
}

/** Lints, annotates every article and fixes; an exception anywhere is a failure. */
export function neverThrows(input: Case): string[] {
  const found = work(input);
  if (!('error' in found)) return [];
  const { error } = found;
  return [`threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
}

function outside(span: { start: number; end: number }, length: number): boolean {
  return !(span.start >= 0 && span.start <= span.end && span.end <= length);
}

/** Every finding, fix, related place and annotation lies inside the text. */
export function offsetsInside(input: Case): string[] {
  const length = input.text.length;
  const result = done(input)?.linted;
  if (!result) return [];
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
  const found = done(input);
  if (!found) return [];
  return found.fixed.output === found.refixed.output ? [] : ['a second fix changed the text again'];
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
  const found = done(input);
  if (!found) return [];
  const edits = passEdits(input.text, compatibleFixes(found.linted.findings));
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
  const output = done(input)?.fixed.output;
  if (output === undefined) return [];
  const kept = new Set(output.split(/\r\n|\r|\n/).map(lineKey));
  return unrepeatedLines(input.text)
    .filter((line) => !kept.has(line))
    .map((line) => `the fixes deleted a line that is not repeated: ${JSON.stringify(line.slice(0, 80))}`);
}

/** Fixing never makes one story two, or two one. */
export function storiesKept(input: Case): string[] {
  const found = done(input);
  if (!found) return [];
  const before = found.linted.file.articles.length;
  const after = found.fixed.result.file.articles.length;
  return before === after ? [] : [`the fixes turned ${before} stories into ${after}`];
}

/** The text after a file's front-matter block (all of it without one): what `fix --front-matter` must keep. */
function body(file: ArticleFile): string {
  return file.frontMatter ? file.text.slice(file.frontMatter.end) : file.text;
}

/** The messages of a block's problems, which a rewrite may keep (the editor's own fields) but never add to. */
function problemMessages(yaml: string): Set<string> {
  return new Set(checkFrontMatter(yaml).map((problem) => problem.message));
}

/**
 * `fix --front-matter`, on the fixed text as the CLI would meet it after
 * `lint --fix`: it keeps the body byte for byte, writes a block with no
 * problem the old one did not have, and a second run finds it up to date.
 * Files it refuses (several stories, broken YAML) are left out.
 */
export function frontMatterKept(input: Case): string[] {
  const found = done(input);
  if (!found) return [];
  const planOf = (file: ArticleFile) => planFrontMatter(file, (article) => annotateArticle(article, file));
  const file = found.fixed.result.file;
  const plan = planOf(file);
  if (!('edit' in plan)) return [];
  const output = applyEdits(file.text, [plan.edit]);
  const written = parseArticleFile(output, { format: input.format });
  if (!written.frontMatter) return ['fix --front-matter wrote a block that is not read back as front-matter'];
  const problems: string[] = [];
  // An added block goes above the text with a blank line after it (two line breaks, in the file's own line
  // ending); an updated one is rewritten between its fences.
  const added = body(written).slice(0, body(written).length - body(file).length);
  const separator = file.frontMatter ? added === '' : /^[\r\n]*$/.test(added) && lineBreaks(added) <= 2;
  if (!body(written).endsWith(body(file)) || !separator) problems.push('fix --front-matter changed the text after the block');
  const before = file.frontMatter ? problemMessages(file.text.slice(file.frontMatter.yaml.start, file.frontMatter.yaml.end)) : new Set();
  const newProblems = [...problemMessages(output.slice(written.frontMatter.yaml.start, written.frontMatter.yaml.end))].filter(
    (message) => !before.has(message),
  );
  problems.push(...newProblems.map((message) => `fix --front-matter wrote a block with a problem: ${message}`));
  const again = planOf(written);
  if (again.kind !== 'up to date')
    problems.push(`a second fix --front-matter would ${again.kind === 'refused' ? `refuse: ${again.reason}` : again.kind} again`);
  return problems;
}

/** Every property, by name. */
export const PROPERTIES: Readonly<Record<string, (input: Case) => string[]>> = {
  'never throws': neverThrows,
  'offsets inside the text': offsetsInside,
  'fixes are idempotent': fixesAreIdempotent,
  'line breaks kept': lineBreaksKept,
  'no unrepeated line deleted': noUnrepeatedLineDeleted,
  'stories kept': storiesKept,
  'front-matter kept': frontMatterKept,
};

/** Inputs up to this size must lint within the budget (checked by `npm run fuzz`, never in a timed unit test). */
export const TIMED_INPUT_LENGTH = 20_000;

/** The lint of an input of up to 20,000 characters takes no longer than `budgetMs`. */
export function lintsWithin(budgetMs: number): (input: Case) => string[] {
  return (input) => {
    const found = done(input);
    if (!found || input.text.length > TIMED_INPUT_LENGTH || found.lintMs <= budgetMs) return [];
    return [`the lint took ${Math.round(found.lintMs)} ms on ${input.text.length} characters (budget ${budgetMs} ms)`];
  };
}

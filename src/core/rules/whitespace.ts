import type { Article, ArticleFile, Block } from '../article/model';
import type { Line } from '../text/lines';
import { isBlank } from '../text/normalise';
import type { RuleReport } from '../findings';
import { defineRule } from './rule';

const TRAILING = /[ \t\u00A0\u2007\u202F]+$/;
const NO_BREAK_SPACE = /\u00A0+/g;

/**
 * Two or more plain spaces at the end of a Markdown line followed by more of
 * the same paragraph are a hard line break, not debris.
 */
function isMarkdownHardBreak(article: Article, block: Block, line: Line, trailing: string): boolean {
  return article.format === 'markdown' && /^ {2,}$/.test(trailing) && line !== block.lines[block.lines.length - 1];
}

/** The spaces `TRAILING` matches, by character code: most lines end in a letter or a full stop and are skipped at once. */
const SPACE_CODES = new Set([0x20, 0x09, 0xa0, 0x2007, 0x202f]);

function trailingSpace(article: Article, block: Block, line: Line): RuleReport | undefined {
  if (!SPACE_CODES.has(line.text.charCodeAt(line.text.length - 1))) return undefined;
  const match = TRAILING.exec(line.text);
  if (!match || isMarkdownHardBreak(article, block, line, match[0])) return undefined;
  const start = line.start + match.index;
  return { start, end: line.end, message: 'Trailing whitespace', fix: [{ start, end: line.end, newText: '' }] };
}

/** No-break spaces inside a line (trailing ones are part of the trailing whitespace). */
function noBreakSpaces(line: Line): RuleReport[] {
  if (!line.text.includes('\u00A0')) return [];
  const content = line.text.replace(TRAILING, '');
  const reports: RuleReport[] = [];
  for (const match of content.matchAll(NO_BREAK_SPACE)) {
    const start = line.start + match.index;
    const end = start + match[0].length;
    reports.push({
      start,
      end,
      message: 'Non-breaking space: scraped pages leave these where a plain space belongs',
      fix: [{ start, end, newText: ' ' }],
    });
  }
  return reports;
}

/** Runs of three or more blank lines between the blocks of one article, reduced to one. */
function blankRuns(lines: readonly Line[], inBlock: ReadonlySet<number>): RuleReport[] {
  const reports: RuleReport[] = [];
  let run: Line[] = [];
  const close = (): void => {
    if (run.length >= 3) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      reports.push({
        start: first.start,
        end: last.end,
        message: `${run.length} blank lines in a row; one is enough`,
        fix: [{ start: run[1]!.start, end: last.next, newText: '' }],
      });
    }
    run = [];
  };
  for (const line of lines) {
    if (!inBlock.has(line.index) && isBlank(line.text)) run.push(line);
    else close();
  }
  close();
  return reports;
}

/**
 * The lines an article answers for: its own, the blank lines after it up
 * to the next article or the end of the file, and, for the first article,
 * the blank lines between the front-matter (or the top) and its headline.
 * Spaces on a blank line between two stories are still debris.
 */
function linesAnsweredFor(article: Article, file: ArticleFile): readonly Line[] {
  const next = file.articles[article.index + 1];
  const frontMatter = file.frontMatter;
  const first =
    article.index > 0 ? article.lines[0]!.index : frontMatter ? file.lines.findIndex((line) => line.start > frontMatter.end) : 0;
  const end = next ? next.lines[0]!.index : file.lines.length;
  return file.lines.slice(first, end);
}

function whitespaceOnly(line: Line): RuleReport | undefined {
  if (line.text.length === 0 || !isBlank(line.text)) return undefined;
  return { start: line.start, end: line.end, message: 'Trailing whitespace', fix: [{ start: line.start, end: line.end, newText: '' }] };
}

export default defineRule({
  id: 'whitespace',
  scope: 'article',
  description: 'Trailing spaces, non-breaking spaces, and runs of three or more blank lines inside an article.',
  defaultSeverity: 'warning',
  tags: ['whitespace', 'scrape'],
  defaultOptions: { trailing: true, nonBreaking: true, blankLines: true },
  options: {
    trailing: { type: 'boolean', description: 'Report spaces and tabs at the end of a line.' },
    nonBreaking: { type: 'boolean', description: 'Report non-breaking spaces (U+00A0) inside a line.' },
    blankLines: { type: 'boolean', description: 'Report three or more blank lines in a row.' },
  },
  check(article, { file, options, report }) {
    // Lines inside a block, by index: code and other verbatim Markdown keeps its own spacing.
    const inBlock = new Set<number>();
    for (const block of article.blocks) {
      for (const line of block.lines) inBlock.add(line.index);
      if (block.kind === 'verbatim') continue;
      for (const line of block.lines) {
        if (options.trailing) {
          const found = trailingSpace(article, block, line);
          if (found) report(found);
        }
        if (options.nonBreaking) noBreakSpaces(line).forEach(report);
      }
    }
    for (const line of linesAnsweredFor(article, file)) {
      if (inBlock.has(line.index) || !options.trailing) continue;
      const found = whitespaceOnly(line);
      if (found) report(found);
    }
    if (options.blankLines) blankRuns(article.lines, inBlock).forEach(report);
  },
});

import { splitLines } from '../text/lines';
import { assembleArticles } from './assemble';
import { findFrontMatter } from './front-matter';
import type { ArticleFile, ArticleFormat } from './model';
import { markdownPieces } from './parse-markdown';
import { plainPieces } from './parse-plain';

export interface ParseOptions {
  readonly format: ArticleFormat;
}

/**
 * Parses a file's text (already decoded, without its byte order mark) into
 * its front-matter and articles. Never throws: any text gives a model.
 */
export function parseArticleFile(text: string, options: ParseOptions): ArticleFile {
  const lines = splitLines(text);
  const frontMatter = findFrontMatter(text, lines);
  const bodyLines = frontMatter ? lines.filter((line) => line.start > frontMatter.end) : lines;
  const pieces = options.format === 'markdown' ? markdownPieces(text, lines) : plainPieces(bodyLines);
  // Front-matter describes one article, so a file that has it is one story.
  const articles = assembleArticles(pieces, lines, options.format, options.format === 'plain' && !frontMatter);
  return { text, format: options.format, lines, ...(frontMatter ? { frontMatter } : {}), articles };
}

/** `.md` and `.markdown` files (including `*.news.md`) are Markdown; everything else is plain copy. */
export function formatForPath(path: string): ArticleFormat {
  return /\.(?:md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plain';
}

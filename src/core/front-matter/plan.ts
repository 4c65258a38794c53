import type { ArticleAnnotations } from '../annotations/model';
import type { Article, ArticleFile } from '../article/model';
import type { TextEdit } from '../text/span';
import { generateFrontMatter, updateFrontMatter } from './generate';

/** What bringing a file's front-matter in step with its text would do. */
export type FrontMatterPlan =
  | { readonly kind: 'add' | 'update'; readonly edit: TextEdit }
  | { readonly kind: 'up to date' }
  /** Why it cannot be done; one line, for a CLI report or a disabled code action. */
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Adds a front-matter block to a file that has none, or updates the one it
 * has. Front-matter describes one article, so a file holding several is
 * refused until it is split; broken YAML is refused until it is repaired,
 * since rewriting it could lose what the editor meant.
 */
export function planFrontMatter(file: ArticleFile, annotate: (article: Article) => ArticleAnnotations): FrontMatterPlan {
  if (file.articles.length > 1)
    return {
      kind: 'refused',
      reason: `the file holds ${file.articles.length} articles: split them into files first, front-matter describes one article`,
    };
  const article = file.articles[0];
  if (!article) return { kind: 'refused', reason: 'the file holds no article to describe' };
  const eol = lineEnding(file);
  if (!file.frontMatter) {
    const yaml = generateFrontMatter(article, file, annotate(article));
    return { kind: 'add', edit: { start: 0, end: 0, newText: withEol(`---\n${yaml}---\n\n`, eol) } };
  }
  const { yaml } = file.frontMatter;
  const existing = file.text.slice(yaml.start, yaml.end);
  let updated: string;
  try {
    updated = withEol(updateFrontMatter(file.frontMatter, article, file, annotate(article)), eol);
  } catch (error) {
    return { kind: 'refused', reason: (error as Error).message };
  }
  return updated === existing ? { kind: 'up to date' } : { kind: 'update', edit: { start: yaml.start, end: yaml.end, newText: updated } };
}

/** The file's own line ending (its first), so an added block matches the lines around it. */
function lineEnding(file: ArticleFile): string {
  const first = file.lines.find((line) => line.next > line.end);
  return first ? file.text.slice(first.end, first.next) : '\n';
}

function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

import { annotateArticle, type AnnotateOptions } from '../annotations/annotate';
import type { ArticleAnnotations } from '../annotations/model';
import type { Article, ArticleFile } from '../article/model';
import { parseArticleFile } from '../article/parse';
import { applyEdits } from '../text/span';
import { planFrontMatter } from './plan';

/**
 * A decision written into the front-matter (a mark, a speaker, a date)
 * keeps a block that was in step with the text in step: the entry the
 * decision adds to or drops from `people`, `places`, `quotes` or `dates`
 * changes with it, in the same edit. A block already behind the text is
 * left for "Update front-matter", so a decision never rewrites more than
 * the editor asked for. `marked` is the file's text with the decision in.
 */
export function keepInStep(
  file: ArticleFile,
  annotate: (article: Article) => ArticleAnnotations,
  marked: string,
  options: AnnotateOptions,
): string {
  if (!file.frontMatter || planFrontMatter(file, annotate).kind !== 'up to date') return marked;
  const next = parseArticleFile(marked, { format: file.format });
  const plan = planFrontMatter(next, (article) => annotateArticle(article, next, options));
  return plan.kind === 'update' ? applyEdits(marked, [plan.edit]) : marked;
}

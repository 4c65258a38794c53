import type { ArticleAnnotations } from '../core/annotations/model';
import type { Article } from '../core/article/model';
import type { Finding } from '../core/findings';
import type { Feature } from './context';
import { ArticleSummaryRequest, type ArticleSummary } from './protocol';

/** The status bar's figures for one article of a file of `articles`. */
export function articleSummary(
  article: Article,
  articles: number,
  annotations: ArticleAnnotations,
  findings: readonly Finding[],
): ArticleSummary {
  const count = (type: string): number => annotations.entities.filter((entity) => entity.type === type).length;
  return {
    articles,
    article: article.index + 1,
    ...(article.headline ? { headline: article.headline.text } : {}),
    people: count('person'),
    places: count('place'),
    organisations: count('organization'),
    quotes: annotations.quotes.length,
    problems: findings.filter((finding) => finding.start >= article.start && finding.start <= article.end).length,
  };
}

/** What the status bar shows of a file over `copydesk.maxFileSize`. */
const NOT_ANALYSED: ArticleSummary = {
  articles: 0,
  article: 0,
  people: 0,
  places: 0,
  organisations: 0,
  quotes: 0,
  problems: 0,
  skipped: 'over copydesk.maxFileSize',
};

/** `copydesk/articleSummary`: the figures of the article at the cursor, for the status bar. */
export const articleSummaryRequest: Feature = {
  register({ connection, documents }) {
    connection.onRequest(ArticleSummaryRequest, (params) => {
      const document = documents.get(params.uri);
      if (!document) return null;
      if (documents.tooLarge(document)) return NOT_ANALYSED;
      const result = documents.analysis(document);
      const offset = params.position ? result.lines.offsetAt(params.position) : 0;
      const article =
        result.file.articles.find((candidate) => candidate.start <= offset && offset <= candidate.end) ?? result.file.articles[0];
      if (!article) return null;
      return articleSummary(article, result.file.articles.length, result.annotations(article), result.findings);
    });
  },
};

import { InlayHintKind, type CodeLens, type InlayHint } from 'vscode-languageserver';
import type { ArticleAnnotations } from '../core/annotations/model';
import type { Article } from '../core/article/model';
import type { Finding } from '../core/findings';
import type { LineIndex } from '../core/text/lines';
import type { Span } from '../core/text/span';
import { spanToRange } from './convert';
import type { ArticleSummary } from './protocol';

/** `on Wednesday` ▸ `2023-09-13`: the resolved date after each relative date. */
export function relativeDateHints(annotations: ArticleAnnotations, lines: LineIndex, range: Span): InlayHint[] {
  return annotations.dates
    .filter((date) => date.relative && date.value && date.end > range.start && date.start < range.end)
    .map((date) => ({
      position: lines.positionAt(date.end),
      label: date.value!,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: annotations.date ? `Resolved against ${annotations.date.value} (${annotations.date.source})` : undefined,
    }));
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The command VS Code runs when the lens is clicked; other editors show the title alone. */
export const SHOW_PROBLEMS_COMMAND = 'workbench.actions.view.problems';

/** Above each headline: who and what the article holds, and how many problems it has. */
export function articleLens(article: Article, annotations: ArticleAnnotations, findings: readonly Finding[], lines: LineIndex): CodeLens {
  const summary = articleSummary(article, 1, annotations, findings);
  const title = [
    plural(summary.people, 'person', 'people'),
    plural(summary.places, 'place', 'places'),
    plural(summary.organisations, 'organisation', 'organisations'),
    plural(summary.quotes, 'quote', 'quotes'),
    plural(summary.problems, 'problem', 'problems'),
  ].join(' · ');
  const anchor = article.headline ?? article.lines[0]!;
  return { range: spanToRange({ start: anchor.start, end: anchor.start }, lines), command: { title, command: SHOW_PROBLEMS_COMMAND } };
}

/** The status bar's figures for one article of a file of `articles`. */
export function articleSummary(article: Article, articles: number, annotations: ArticleAnnotations, findings: readonly Finding[]): ArticleSummary {
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

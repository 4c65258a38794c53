import { InlayHintKind, type CodeLens, type InlayHint, type Range } from 'vscode-languageserver';
import type { ArticleAnnotations } from '../core/annotations/model';
import type { Article } from '../core/article/model';
import type { Finding } from '../core/findings';
import type { LineIndex } from '../core/text/lines';
import type { Span } from '../core/text/span';
import { spanToRange } from './convert';
import { calendarWords } from './date-words';
import { SHOW_MENTIONS_COMMAND, type ArticleSummary } from './protocol';

/** `on Wednesday` ▸ `2023-09-13`, `the summer` ▸ `summer 2025`: the resolved date after each relative date, in words. */
export function relativeDateHints(annotations: ArticleAnnotations, lines: LineIndex, range: Span): InlayHint[] {
  return annotations.dates.flatMap((date) => {
    if (!date.relative || !date.resolved || date.end <= range.start || date.start >= range.end) return [];
    // `in recent years` resolves to no stretch of the calendar: nothing to show.
    const label = calendarWords(date.resolved);
    if (!label) return [];
    return [
      {
        position: lines.positionAt(date.end),
        label,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: annotations.date ? `Resolved against ${annotations.date.value} (${annotations.date.source})` : undefined,
      },
    ];
  });
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The command VS Code runs when the lens is clicked; other editors show the title alone. */
export const SHOW_PROBLEMS_COMMAND = 'workbench.actions.view.problems';

/**
 * A count above the headline that lists what it counts when clicked. A
 * count of nothing is shown as plain text (a command without an id), since
 * an empty list would be no answer.
 */
function listingLens(at: Range, title: string, uri: string, spans: readonly Span[], lines: LineIndex): CodeLens {
  if (spans.length === 0) return { range: at, command: { title, command: '' } };
  const locations = [...spans].sort((a, b) => a.start - b.start).map((span) => ({ uri, range: spanToRange(span, lines) }));
  return { range: at, command: { title, command: SHOW_MENTIONS_COMMAND, arguments: [uri, at.start, locations] } };
}

/**
 * Above each headline, who and what the article holds and how many problems
 * it has: one count each, as the status bar gives them. People, places,
 * organisations and quotes each list their places in the text; problems
 * open the Problems view.
 */
export function articleLenses(
  uri: string,
  article: Article,
  annotations: ArticleAnnotations,
  findings: readonly Finding[],
  lines: LineIndex,
): CodeLens[] {
  const summary = articleSummary(article, 1, annotations, findings);
  const anchor = article.headline ?? article.lines[0]!;
  const at = spanToRange({ start: anchor.start, end: anchor.start }, lines);
  const mentionsOf = (type: string): Span[] =>
    annotations.entities.filter((entity) => entity.type === type).flatMap((entity) => entity.mentions);
  return [
    listingLens(at, plural(summary.people, 'person', 'people'), uri, mentionsOf('person'), lines),
    listingLens(at, plural(summary.places, 'place', 'places'), uri, mentionsOf('place'), lines),
    listingLens(at, plural(summary.organisations, 'organisation', 'organisations'), uri, mentionsOf('organization'), lines),
    listingLens(at, plural(summary.quotes, 'quote', 'quotes'), uri, annotations.quotes, lines),
    {
      range: at,
      command: { title: plural(summary.problems, 'problem', 'problems'), command: summary.problems === 0 ? '' : SHOW_PROBLEMS_COMMAND },
    },
  ];
}

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

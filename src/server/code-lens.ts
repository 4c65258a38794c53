import type { CodeLens, Range } from 'vscode-languageserver';
import type { ArticleAnnotations } from '../core/annotations/model';
import type { Article } from '../core/article/model';
import type { Finding } from '../core/findings';
import type { LineIndex } from '../core/text/lines';
import type { Span } from '../core/text/span';
import { articleSummary } from './article-summary';
import type { Feature } from './context';
import { spanToRange } from './convert';
import { SHOW_MENTIONS_COMMAND } from './protocol';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The command VS Code runs when the lens is clicked; other editors show the title alone. */
const SHOW_PROBLEMS_COMMAND = 'workbench.actions.view.problems';

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
function articleLenses(
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

/** Code lenses: the counts above each headline. */
export const codeLenses: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),

  register({ connection, documents }) {
    connection.onCodeLens((params) => {
      const found = documents.analysed(params.textDocument.uri);
      if (!found) return [];
      const { result } = found;
      return result.file.articles.flatMap((article) =>
        articleLenses(params.textDocument.uri, article, result.annotations(article), result.findings, result.lines),
      );
    });
  },
};

import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { ArticleAnnotations } from '../core/annotations/model';
import type { LineIndex } from '../core/text/lines';
import type { Span } from '../core/text/span';
import type { Feature } from './context';
import { calendarWords } from './date-words';

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

/** Inlay hints: the resolved date after each relative one, for the articles the visible range touches (`copydesk.inlayHints.relativeDates`). */
export const inlayHints: Feature = {
  capabilities: () => ({ inlayHintProvider: true }),

  register({ connection, documents, client }) {
    connection.languages.inlayHint.on((params) => {
      const found = client.relativeDateHints ? documents.analysed(params.textDocument.uri) : undefined;
      if (!found) return [];
      const { result } = found;
      const range = { start: result.lines.offsetAt(params.range.start), end: result.lines.offsetAt(params.range.end) };
      const touched = result.file.articles.filter((article) => article.end >= range.start && article.start <= range.end);
      return touched.flatMap((article) => relativeDateHints(result.annotations(article), result.lines, range));
    });
  },
};

/**
 * Quote accuracy on hand-labelled articles: the project's own fixtures
 * (`test/fixtures/quotes/*.news.txt`, labels beside each in `.quotes.json`
 * as the quote's opening words and its speaker), the held-out articles in
 * `bench/accuracy/held-out-quotes/` (same layout, labelled before the quote
 * code ever ran on them and never tuned on, so the fair measure) and, where
 * it exists, the real sample in ../shared/samples (labels in
 * `sample-quotes.json` as offsets and speakers, so none of its text is
 * copied here).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { parseArticleFile } from '../../src/core/article/parse';
import type { Quote } from '../../src/core/quotes/model';

interface Label {
  /** The quote's span, or the first words inside its marks. */
  readonly start?: number;
  readonly end?: number;
  readonly quote?: string;
  readonly speaker: string | null;
}

export interface QuoteScore {
  readonly predicted: number;
  readonly gold: number;
  readonly found: number;
  readonly speakerShown: number;
  readonly speakerRight: number;
  readonly files: number;
}

function quotesOf(text: string): Quote[] {
  const file = parseArticleFile(text, { format: 'plain' });
  return file.articles.flatMap((article) => annotateArticle(article, file).quotes);
}

function matches(label: Label, quote: Quote, text: string): boolean {
  if (label.start !== undefined && label.end !== undefined) return quote.start < label.end && label.start < quote.end;
  return text.slice(quote.start + 1, quote.end).startsWith(label.quote!);
}

function score(cases: ReadonlyArray<{ text: string; labels: readonly Label[] }>): QuoteScore {
  let predicted = 0;
  let gold = 0;
  let found = 0;
  let speakerShown = 0;
  let speakerRight = 0;
  for (const { text, labels } of cases) {
    const quotes = quotesOf(text);
    predicted += quotes.length;
    gold += labels.length;
    for (const label of labels) {
      const quote = quotes.find((candidate) => matches(label, candidate, text));
      if (!quote) continue;
      found++;
      if (!quote.speaker) continue;
      speakerShown++;
      if (quote.speaker.name === label.speaker) speakerRight++;
    }
  }
  return { predicted, gold, found, speakerShown, speakerRight, files: cases.length };
}

/** Each `NAME.news.txt` in `dir` with the labels in its `NAME.quotes.json`. */
function labelledArticles(dir: string): Array<{ text: string; labels: Label[] }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.news.txt'))
    .map((name) => ({
      text: readFileSync(join(dir, name), 'utf8'),
      labels: JSON.parse(readFileSync(join(dir, name.replace(/\.news\.txt$/, '.quotes.json')), 'utf8')) as Label[],
    }));
}

export function scoreQuotes(root: string, sample: string): { fixtures: QuoteScore; heldOut: QuoteScore; sample?: QuoteScore } {
  const fixtures = labelledArticles(join(root, 'test', 'fixtures', 'quotes'));
  const heldOut = labelledArticles(join(root, 'bench', 'accuracy', 'held-out-quotes'));
  const labels = join(root, 'bench', 'accuracy', 'sample-quotes.json');
  const sampleCase = existsSync(sample)
    ? [{ text: readFileSync(sample, 'utf8'), labels: JSON.parse(readFileSync(labels, 'utf8')) as Label[] }]
    : [];
  return { fixtures: score(fixtures), heldOut: score(heldOut), ...(sampleCase.length > 0 ? { sample: score(sampleCase) } : {}) };
}

const pct = (x: number): string => (100 * x).toFixed(1);

export function quoteTable(title: string, score: QuoteScore): string {
  const p = score.found / score.predicted;
  const r = score.found / score.gold;
  return [
    `#### ${title}`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| detection P / R / **F1** | ${pct(p)} / ${pct(r)} / **${pct((2 * p * r) / (p + r))}** |`,
    `| a speaker is shown for | **${pct(score.speakerShown / score.gold)} %** of quotes (${score.speakerShown} of ${score.gold}) |`,
    `| the speaker shown is right | **${pct(score.speakerRight / score.speakerShown)} %** (${score.speakerRight} of ${score.speakerShown}) |`,
    `| files / predicted quotes / labelled quotes | ${score.files} / ${score.predicted} / ${score.gold} |`,
  ].join('\n');
}

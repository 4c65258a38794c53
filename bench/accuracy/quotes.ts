/**
 * Quote accuracy on hand-labelled articles, each set a folder of
 * `NAME.news.txt` with its labels beside it in `NAME.quotes.json` (the
 * format of the quote labels, version 2: the quote's opening words, the
 * canonical speaker, the words at the attribution and what they are; older
 * labels carry only the quote and the speaker, or offsets):
 *
 * - `bench/accuracy/quotes-dev/`: Wikinews articles, the development set;
 * - `bench/accuracy/quotes-retired/`: invented wire stories, once the
 *   held-out set, consulted three times and now development;
 * - `test/fixtures/quotes/`: the fixtures, development;
 * - the real sample in ../shared/samples, where it exists (labels as offsets
 *   in `sample-quotes.json`, so none of its text is copied here);
 * - `bench/accuracy/held-out-quotes-2026/`, the held-out set, scored only
 *   when asked (`--held-out`), by the lead, once: nobody reads its files or
 *   tunes on them.
 *
 *   node --import tsx bench/accuracy/quotes.ts [--held-out] [--mistakes]
 *
 * prints the quote tables alone; `--mistakes` lists, for the development
 * sets only, each quote missed, invented or given the wrong speaker.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { parseArticleFile } from '../../src/core/article/parse';
import type { Quote, SpeakerKind } from '../../src/core/quotes/model';
import { emptyQuoteScore, scoreArticle, type Label, type Mistake, type QuoteScore } from './quote-score';

export type { QuoteScore } from './quote-score';

interface LabelledArticle {
  readonly name: string;
  readonly text: string;
  readonly labels: readonly Label[];
}

function quotesOf(text: string): Quote[] {
  const file = parseArticleFile(text, { format: 'plain' });
  return file.articles.flatMap((article) => annotateArticle(article, file).quotes);
}

/** Each `NAME.news.txt` in `dir` with the labels in its `NAME.quotes.json`. */
function labelledArticles(dir: string): LabelledArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.news.txt'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(join(dir, name), 'utf8'),
      labels: JSON.parse(readFileSync(join(dir, name.replace(/\.news\.txt$/, '.quotes.json')), 'utf8')) as Label[],
    }));
}

function score(articles: readonly LabelledArticle[], mistakes?: Mistake[]): QuoteScore {
  const total = emptyQuoteScore();
  for (const { name, text, labels } of articles) scoreArticle(total, text, labels, quotesOf(text), mistakes && { name, list: mistakes });
  return total;
}

/** One quote set as the bench prints it. */
export interface QuoteSet {
  readonly title: string;
  readonly score?: QuoteScore;
  /** Why the set was not scored. */
  readonly absent?: string;
  readonly mistakes?: readonly Mistake[];
}

export const HELD_OUT_2026 = join('bench', 'accuracy', 'held-out-quotes-2026');

/**
 * Every quote set: the development sets, and the 2026 held-out set only when
 * `heldOut` says so. Mistakes are listed for the development sets alone.
 */
export function scoreQuotes(root: string, sample: string, options: { heldOut?: boolean; mistakes?: boolean } = {}): QuoteSet[] {
  const sets: QuoteSet[] = [];
  const development = (title: string, articles: LabelledArticle[]) => {
    const mistakes: Mistake[] | undefined = options.mistakes ? [] : undefined;
    sets.push({ title, score: score(articles, mistakes), ...(mistakes ? { mistakes } : {}) });
  };
  const heldOut = 'Held-out set 2026 (bench/accuracy/held-out-quotes-2026: invented wire, political and agency stories, never tuned on)';
  if (!options.heldOut) sets.push({ title: heldOut, absent: 'scored only with `--held-out`, once, by the lead' });
  else if (!existsSync(join(root, HELD_OUT_2026))) sets.push({ title: heldOut, absent: 'the set is not in this checkout' });
  else sets.push({ title: heldOut, score: score(labelledArticles(join(root, HELD_OUT_2026))) });
  development(
    'Wikinews development set (bench/accuracy/quotes-dev: MEANTIME and GUM news, tuned on)',
    labelledArticles(join(root, 'bench', 'accuracy', 'quotes-dev')),
  );
  development(
    'Retired held-out set (bench/accuracy/quotes-retired: consulted three times as held-out, now development)',
    labelledArticles(join(root, 'bench', 'accuracy', 'quotes-retired')),
  );
  development('Hand-labelled fixtures (test/fixtures/quotes, development)', labelledArticles(join(root, 'test', 'fixtures', 'quotes')));
  const labels = join(root, 'bench', 'accuracy', 'sample-quotes.json');
  const sampleTitle = 'The real sample (../shared/samples, labels in bench/accuracy/sample-quotes.json; development)';
  if (existsSync(sample)) {
    const text = readFileSync(sample, 'utf8');
    development(sampleTitle, [{ name: 'sample', text, labels: JSON.parse(readFileSync(labels, 'utf8')) as Label[] }]);
  } else sets.push({ title: sampleTitle, absent: 'the real sample is absent here' });
  return sets;
}

const pct = (part: number, whole: number): string => (whole === 0 ? '–' : (100 * (part / whole)).toFixed(1));
const KINDS: readonly SpeakerKind[] = ['named', 'pronoun', 'description'];

export function quoteTable(set: QuoteSet): string {
  if (!set.score) return [`#### ${set.title}`, '', `_Not scored: ${set.absent}._`].join('\n');
  const s = set.score;
  const p = s.matched / s.predicted;
  const r = s.found / s.gold;
  const f1 = p + r === 0 ? 0 : (200 * p * r) / (p + r);
  const byKind = KINDS.map(
    (kind) =>
      `| … when the speaker's words are ${kind === 'named' ? 'a name' : `a ${kind}`} | ${pct(s.byKind[kind].right, s.byKind[kind].shown)} % (${s.byKind[kind].right} of ${s.byKind[kind].shown}) |`,
  );
  return [
    `#### ${set.title}`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| detection P / R / **F1** | ${pct(s.matched, s.predicted)} / ${pct(s.found, s.gold)} / **${f1.toFixed(1)}** |`,
    `| a speaker is shown for, over quotes that have one | **${pct(s.shownWithSpeaker, s.goldWithSpeaker)} %** (${s.shownWithSpeaker} of ${s.goldWithSpeaker}) |`,
    `| a speaker is shown for, over all quotes | ${pct(s.shown, s.gold)} % (${s.shown} of ${s.gold}) |`,
    `| the speaker shown is right | **${pct(s.right, s.shown)} %** (${s.right} of ${s.shown}) |`,
    ...byKind,
    `| quotes whose speaker the copy never names, given no name | ${pct(s.unnamedKept, s.goldUnnamed)} % (${s.unnamedKept} of ${s.goldUnnamed}) |`,
    `| the speaker's words found where the label puts them | ${pct(s.mentionRight, s.goldMentions)} % (${s.mentionRight} of ${s.goldMentions}) |`,
    `| files / predicted quotes / labelled quotes | ${s.files} / ${s.predicted} / ${s.gold} |`,
  ].join('\n');
}

/** The mistakes of a development set, one a line. */
export function mistakeList(set: QuoteSet): string {
  return (set.mistakes ?? []).map((mistake) => `- ${mistake.article}: ${mistake.what}`).join('\n');
}

async function main(): Promise<void> {
  const root = join(import.meta.dirname, '..', '..');
  const sets = scoreQuotes(root, join(root, '..', 'shared', 'samples', 'scraped-two-articles.txt'), {
    heldOut: process.argv.includes('--held-out'),
    mistakes: process.argv.includes('--mistakes'),
  });
  for (const set of sets) {
    console.log(quoteTable(set) + '\n');
    if (set.mistakes?.length) console.log(mistakeList(set) + '\n');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await main();

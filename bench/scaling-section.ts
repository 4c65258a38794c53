import { join, relative } from 'node:path';
import { ensureBuilt } from './child';
import type { OneFile } from './corpus';
import { formatNumber, measured, type BenchContext, type Measurement, type Section, type Target } from './section';
import { interleaved, memoryRow, noFigure, timingRow, type Case, type Timing } from './side-by-side';
import { CONLL_VS_JSONL, LONG_ARTICLE_SECONDS, LONG_ARTICLE_VS_SHORT, ONE_FILE_VS_SEPARATE } from './targets';

function corpusPath(context: BenchContext, path: string): string {
  return relative(context.repoDir, join(context.corpusDir, path));
}

function lintCase(context: BenchContext, label: string, paths: readonly string[], bytes: number): Case {
  return { label, args: ['dist/cli.js', 'lint', ...paths.map((path) => corpusPath(context, path)), '--format', 'json'], bytes };
}

function sizeOf(bytes: number): string {
  return bytes >= 1e6 ? `${formatNumber(bytes / 1e6, 2)} MB` : `${Math.round(bytes / 1000)} KB`;
}

/** `a` over `b` as a row held to `target`, or why there is no ratio. */
function ratioRow(label: string, a: Timing, b: Timing, target: Target, note: string): Measurement {
  if (a.failure) return noFigure(label, a);
  if (b.failure) return noFigure(label, b);
  return measured(label, a.wallSeconds / b.wallSeconds, '×', 2, { target, note });
}

/**
 * How time grows with an article's length: each single article (a live
 * file growing story by story), then the largest against the same stories
 * as 200 short articles. Linear code keeps seconds per MB flat.
 */
export const scalingSection: Section = {
  id: 'scaling',
  title: 'Scaling: one article of 64 KB to 1 MB, copydesk lint (default rules), and 1 MB as one article against 200 short ones',
  async run(context) {
    ensureBuilt(context, 'cli.js');
    // The largest article is timed last, beside the same stories as short articles, rounds interleaved.
    const largest = context.corpus.articles.at(-1)!;
    const curve = context.quick ? context.corpus.articles.slice(0, 2) : context.corpus.articles.slice(0, -1);
    const rows: Measurement[] = [];
    let previous: Timed | undefined;
    for (const article of curve) {
      if (previous?.timing.failure) {
        rows.push({ label: articleLabel(article), shown: 'skipped', note: 'a shorter article already timed out' });
        continue;
      }
      const [timing] = await interleaved(context, [lintCase(context, articleLabel(article), [article.path], article.bytes)], 1);
      rows.push(curveRow({ article, timing: timing! }, previous));
      previous = { article, timing: timing! };
    }
    if (context.quick) return rows;
    const { shortArticles } = context.corpus;
    const shortFolder = shortArticles.files[0]!.split('/').slice(0, -1).join('/');
    const [long, short] = await interleaved(context, [
      lintCase(context, articleLabel(largest), [largest.path], largest.bytes),
      lintCase(context, `the same stories as ${shortArticles.files.length} short articles`, [shortFolder], shortArticles.bytes),
    ]);
    rows.push(
      curveRow({ article: largest, timing: long! }, previous, LONG_ARTICLE_SECONDS),
      timingRow(
        `the same stories as ${shortArticles.files.length} short articles (${sizeOf(shortArticles.bytes)})`,
        short!,
        shortArticles.bytes,
      ),
      ratioRow(
        `one ${sizeOf(largest.bytes)} article against the short ones`,
        long!,
        short!,
        LONG_ARTICLE_VS_SHORT,
        'time of the one article over the time of the short ones',
      ),
    );
    return rows;
  },
};

interface Timed {
  readonly article: OneFile;
  readonly timing: Timing;
}

function articleLabel(article: OneFile): string {
  return `one article of ${sizeOf(article.bytes)} (${article.words.toLocaleString('en-GB')} words)`;
}

/** One point of the curve: its time, seconds per MB, and how much longer it took than the article before it. */
function curveRow(point: Timed, previous: Timed | undefined, target?: Target): Measurement {
  const { article, timing } = point;
  if (timing.failure) return noFigure(articleLabel(article), timing);
  const growth =
    previous && !previous.timing.failure
      ? `; ${(timing.wallSeconds / previous.timing.wallSeconds).toFixed(1)}× the time of the article ${(article.bytes / previous.article.bytes).toFixed(1)}× shorter`
      : '';
  const perMb = `${(timing.wallSeconds / (article.bytes / 1e6)).toFixed(1)} s per MB${growth}`;
  return timingRow(articleLabel(article), timing, article.bytes, { note: perMb, ...(target ? { target } : {}) });
}

/**
 * A file that holds many stories against the same stories one to a file:
 * each story is checked on its own, so the two should cost about the same.
 * Then one 50 MB file, whose peak memory should not grow with its size.
 */
export const storiesSection: Section = {
  id: 'stories',
  title: 'Many stories in one file against the same stories as separate files, copydesk lint (default rules)',
  async run(context) {
    ensureBuilt(context, 'cli.js');
    const sets = context.quick ? context.corpus.storyFiles.slice(0, 1) : context.corpus.storyFiles;
    const rows: Measurement[] = [];
    let timedOut = false;
    for (const set of sets) {
      const label = `${set.megabytes} MB`;
      if (timedOut) {
        rows.push({ label: `${label}: skipped`, shown: 'skipped', note: 'a smaller file already timed out' });
        continue;
      }
      const folder = `stories/separate-${set.megabytes}mb`;
      const [one, separate] = await interleaved(context, [
        lintCase(context, `${label} of stories in one file`, [set.oneFile.path], set.oneFile.bytes),
        lintCase(context, `${label}: the same stories as ${set.separate.files.length} files`, [folder], set.separate.bytes),
      ]);
      rows.push(
        timingRow(`${label}: ${set.oneFile.stories.toLocaleString('en-GB')} stories in one file`, one!, set.oneFile.bytes),
        timingRow(
          `${label}: the same stories as ${set.separate.files.length.toLocaleString('en-GB')} files`,
          separate!,
          set.separate.bytes,
        ),
        ratioRow(
          `${label}: one file against separate files`,
          one!,
          separate!,
          ONE_FILE_VS_SEPARATE,
          'time of the one file over the time of the separate files',
        ),
        memoryRow(`${label}: peak memory, one file`, one!),
      );
      timedOut = Boolean(one!.failure);
    }
    if (context.quick) return rows;
    const big = context.corpus.bigFile;
    const [timing] = await interleaved(context, [lintCase(context, `one ${sizeOf(big.bytes)} file`, [big.path], big.bytes)], 1);
    rows.push(
      timingRow(`one ${sizeOf(big.bytes)} file (${big.stories.toLocaleString('en-GB')} stories)`, timing!, big.bytes),
      memoryRow(`one ${sizeOf(big.bytes)} file: peak memory`, timing!),
    );
    return rows;
  },
};

/** `annotate --format conll` against `--format jsonl` on the same articles: the export should cost no more than the annotation. */
export const conllSection: Section = {
  id: 'conll',
  title: 'copydesk annotate: --format conll against --format jsonl',
  async run(context) {
    ensureBuilt(context, 'cli.js');
    const rows: Measurement[] = [];
    for (const article of context.corpus.articles.slice(0, context.quick ? 1 : 2)) {
      const path = corpusPath(context, article.path);
      const label = `one article of ${sizeOf(article.bytes)}`;
      const [conll, jsonl] = await interleaved(context, [
        { label: `${label}, conll`, args: ['dist/cli.js', 'annotate', path, '--format', 'conll'], bytes: article.bytes },
        { label: `${label}, jsonl`, args: ['dist/cli.js', 'annotate', path, '--format', 'jsonl'], bytes: article.bytes },
      ]);
      rows.push(
        timingRow(`${label}: --format conll`, conll!, article.bytes),
        timingRow(`${label}: --format jsonl`, jsonl!, article.bytes),
        ratioRow(`${label}: conll against jsonl`, conll!, jsonl!, CONLL_VS_JSONL, 'time of conll over the time of jsonl'),
      );
    }
    return rows;
  },
};

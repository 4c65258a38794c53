/**
 * Speed of the whole annotation engine as a front end runs it: parse the
 * file into articles, then tag and link entities, find and resolve dates
 * and attribute quotes in each article.
 */
import { performance } from 'node:perf_hooks';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { parseArticleFile } from '../../src/core/article/parse';

function annotateText(text: string): void {
  const file = parseArticleFile(text, { format: 'plain' });
  for (const article of file.articles) annotateArticle(article, file);
}

/** Rounds run before timing: the JIT settles over a few hundred articles, as it does in a server that stays up. */
const WARM_UP_ROUNDS = 3;

export function pipelineSpeed(texts: readonly string[]): string[] {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) texts.forEach(annotateText);
  const bytes = Buffer.byteLength(texts.join(''));
  const rounds = Array.from({ length: 5 }, () => {
    const started = performance.now();
    texts.forEach(annotateText);
    return performance.now() - started;
  }).sort((a, b) => a - b);
  const perArticle = texts.map((text) => {
    const started = performance.now();
    annotateText(text);
    return performance.now() - started;
  });
  const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0);
  const rate = (ms: number): string => `${(bytes / (ms / 1000) / 1e6).toFixed(2)} MB/s`;
  return [
    `| whole pipeline, one thread, median of 5 rounds over ${texts.length} articles (after ${WARM_UP_ROUNDS} warm-up rounds) | ${rate(rounds[2]!)} |`,
    `| whole pipeline, fastest round | ${rate(rounds[0]!)} |`,
    `| whole pipeline per 1,000 words (mean over the articles, after warm-up) | ${((perArticle.reduce((a, b) => a + b, 0) / words) * 1000).toFixed(2)} ms |`,
  ];
}

/**
 * Where the tagger's time goes, stage by stage, over the same texts: the
 * tokens (with hyphenated pairs of places split), each text's context
 * (shapes, gazetteer marks, runs), decoding, and the article-level checks.
 * Each stage runs over every text in turn, in rounds interleaved with the
 * others, and its median round is reported, as a share of the four.
 */
import { performance } from 'node:perf_hooks';
import { entityModel } from '../../src/core/entities/index';
import { textContext, type TextContext } from '../../src/core/entities/features';
import { splitNamePairs } from '../../src/core/entities/gazetteer';
import type { Mention } from '../../src/core/entities/mention';
import { refineMentions } from '../../src/core/entities/refine';
import { decode, labelledRuns } from '../../src/core/entities/tagger';
import { tokenize, type Token } from '../../src/core/entities/tokenize';

const ROUNDS = 7;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export function stageRows(texts: readonly string[]): string[] {
  const model = entityModel();
  const times = { tokens: [] as number[], context: [] as number[], decode: [] as number[], refine: [] as number[] };
  const timed = <T>(into: number[], run: () => T): T => {
    const started = performance.now();
    const result = run();
    into.push(performance.now() - started);
    return result;
  };
  for (let round = 0; round < ROUNDS; round++) {
    const tokens: Token[][] = timed(times.tokens, () => texts.map((text) => splitNamePairs(tokenize(text), model.gazetteer)));
    const contexts: TextContext[] = timed(times.context, () => tokens.map((t) => textContext(t, model.gazetteer)));
    const labels = timed(times.decode, () => contexts.map((context) => decode(context, model.weights)));
    timed(times.refine, () =>
      texts.map((text, i) => {
        const tagged: Mention[] = labelledRuns(labels[i]!).map((run) => {
          const first = tokens[i]![run.first]!;
          const last = tokens[i]![run.end - 1]!;
          return { start: first.start, end: last.end, type: 'other', text: text.slice(first.start, last.end) };
        });
        return refineMentions(text, tagged, model.gazetteer);
      }),
    );
  }
  const medians = Object.entries(times).map(([stage, values]) => [stage, median(values)] as const);
  const total = medians.reduce((sum, [, ms]) => sum + ms, 0);
  const bytes = Buffer.byteLength(texts.join(''));
  return medians.map(
    ([stage, ms]) =>
      `| tagger stage: ${stage} (median of ${ROUNDS} rounds) | ${ms.toFixed(1)} ms, ${((100 * ms) / total).toFixed(0)} %, ${(bytes / (ms / 1000) / 1e6).toFixed(1)} MB/s |`,
  );
}

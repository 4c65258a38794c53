import { historyFeatures, staticFeatures, type TextContext } from './features';
import { LABELS } from './mention';

/** Feature name → one weight per label (in `LABELS` order). Features absent from the map weigh nothing. */
export type Weights = ReadonlyMap<string, ArrayLike<number>>;

/** A `B-X` may start anywhere; an `I-X` only continues a `B-X` or `I-X` of the same class. */
export function allowedAfter(previous: string, label: string): boolean {
  return !label.startsWith('I-') || previous.slice(2) === label.slice(2);
}

/** Adds each feature's weights into `scores`. */
export function addScores(weights: Weights, features: readonly string[], scores: Float64Array): void {
  for (const feature of features) {
    const row = weights.get(feature);
    if (row === undefined) continue;
    for (let label = 0; label < scores.length; label++) scores[label]! += row[label]!;
  }
}

/** The best label allowed after `previous`. Ties go to the earlier label, so `O` wins a tie. */
export function bestLabel(scores: Float64Array, previous: string): number {
  let best = 0;
  for (let label = 1; label < LABELS.length; label++) {
    if (scores[label]! > scores[best]! && allowedAfter(previous, LABELS[label]!)) best = label;
  }
  return best;
}

/**
 * Labels every token left to right, each decision seeing the ones before it
 * (greedy decoding). `staticOf` lets training reuse features across passes.
 */
export function decode(
  context: TextContext,
  weights: Weights,
  staticOf: (i: number) => readonly string[] = (i) => staticFeatures(context, i),
): string[] {
  const labels: string[] = [];
  const scores = new Float64Array(LABELS.length);
  for (let i = 0; i < context.tokens.length; i++) {
    scores.fill(0);
    const previous = labels[i - 1] ?? 'O';
    addScores(weights, staticOf(i), scores);
    addScores(weights, historyFeatures(context, i, previous, labels[i - 2] ?? 'O'), scores);
    labels.push(LABELS[bestLabel(scores, previous)]!);
  }
  return labels;
}

/** Runs of `B-X I-X…` as token ranges `[first, last + 1)` with their class. */
export function labelledRuns(labels: readonly string[]): Array<{ first: number; end: number; entityClass: string }> {
  const runs: Array<{ first: number; end: number; entityClass: string }> = [];
  labels.forEach((label, i) => {
    if (label.startsWith('B-')) runs.push({ first: i, end: i + 1, entityClass: label.slice(2) });
    else if (label.startsWith('I-') && runs.length > 0 && runs[runs.length - 1]!.end === i) runs[runs.length - 1]!.end = i + 1;
  });
  return runs;
}

import {
  BOUNDARY,
  NEIGHBOUR_OFFSETS,
  contextFeatures,
  historyFeatures,
  neighbourFeatures,
  ownFeatures,
  type FeatureSink,
  type NeighbourOffset,
  type TextContext,
} from './features';
import { LABELS } from './mention';

/**
 * Learnt weights: feature template → value → one weight per label (in
 * `LABELS` order). Features absent from the map weigh nothing.
 */
export type Weights = ReadonlyMap<string, ReadonlyMap<string, ArrayLike<number>>>;

const LABEL_NAMES: readonly string[] = LABELS;
const LABEL_COUNT = LABELS.length;
const OFFSETS: readonly NeighbourOffset[] = NEIGHBOUR_OFFSETS;
const OUTSIDE = 0;

/** A `B-X` may start anywhere; an `I-X` only continues a `B-X` or `I-X` of the same class. */
function allowedAfter(previous: string, label: string): boolean {
  return !label.startsWith('I-') || previous.slice(2) === label.slice(2);
}

/** `allowedAfter` for label indices, as a table: row = previous label, column = label. */
const ALLOWED = Uint8Array.from(LABEL_NAMES.flatMap((previous) => LABEL_NAMES.map((label) => (allowedAfter(previous, label) ? 1 : 0))));

/** A feature sink that adds each feature's weights into `scores`. */
export function scoreInto(weights: Weights, scores: Float64Array): FeatureSink {
  return (template, value) => {
    const row = weights.get(template)?.get(value);
    if (row === undefined) return;
    for (let label = 0; label < LABEL_COUNT; label++) scores[label]! += row[label]!;
  };
}

/** The best label allowed after label `previous` (indices into `LABELS`). Ties go to the earlier label, so `O` wins a tie. */
export function bestLabel(scores: Float64Array, previous: number): number {
  let best = OUTSIDE;
  const allowed = previous * LABEL_COUNT;
  for (let label = 1; label < LABEL_COUNT; label++) {
    if (scores[label]! > scores[best]! && ALLOWED[allowed + label] === 1) best = label;
  }
  return best;
}

/**
 * Labels every token left to right, each decision seeing the ones before it
 * (greedy decoding: a beam search over these locally trained scores did
 * worse in cross-validation, see docs/accuracy.md). Scores the
 * same features as `staticFeatures` and `historyFeatures`, but sums the
 * word-level ones through `WordScores`, so a word seen before costs a lookup
 * instead of a dozen.
 */
export function decode(context: TextContext, weights: Weights): string[] {
  const words = wordScores(weights);
  const labels: number[] = [];
  const scores = new Float64Array(LABEL_COUNT);
  const add = scoreInto(weights, scores);
  const { tokens, lower, shapes } = context;
  const vectors = tokens.map((token, i) => words.of(token.text, lower[i]!, shapes[i]!));
  for (let i = 0; i < tokens.length; i++) {
    if (context.outsideNames[i]) {
      labels.push(OUTSIDE);
      continue;
    }
    const own = vectors[i]!;
    for (let label = 0; label < LABEL_COUNT; label++) scores[label] = own[label]!;
    for (let slot = 0; slot < OFFSETS.length; slot++) {
      const vector = vectors[i + OFFSETS[slot]!] ?? words.boundary;
      const from = (slot + 1) * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label++) scores[label]! += vector[from + label]!;
    }
    const previous = labels[i - 1] ?? OUTSIDE;
    contextFeatures(context, i, add);
    historyFeatures(context, i, previous, labels[i - 2] ?? OUTSIDE, add);
    // No name runs on past the end of a line (a headline into a dateline, a paragraph into the next).
    labels.push(bestLabel(scores, tokens[i]!.lineStart ? OUTSIDE : previous));
  }
  return labels.map((label) => LABEL_NAMES[label]!);
}

/**
 * Per word, its summed weights for its own features (slot 0) and as each
 * neighbour (slots 1–4, in `NEIGHBOUR_OFFSETS` order). Cached per model
 * across calls; the cache is emptied when it grows past `WORD_CACHE_LIMIT`
 * words, which bounds its memory to a few megabytes.
 */
interface WordScores {
  of(word: string, low: string, shape: string): Float64Array;
  readonly boundary: Float64Array;
}

const WORD_CACHE_LIMIT = 50_000;
const wordCaches = new WeakMap<Weights, WordScores>();

function wordScores(weights: Weights): WordScores {
  let cached = wordCaches.get(weights);
  if (cached) return cached;
  const vectors = new Map<string, Float64Array>();
  const build = (word: string, low: string, shape: string): Float64Array => {
    const vector = new Float64Array(LABEL_COUNT * (OFFSETS.length + 1));
    ownFeatures(word, low, shape, scoreInto(weights, vector.subarray(0, LABEL_COUNT)));
    OFFSETS.forEach((offset, slot) => {
      const from = (slot + 1) * LABEL_COUNT;
      neighbourFeatures(offset, low, shape, scoreInto(weights, vector.subarray(from, from + LABEL_COUNT)));
    });
    return vector;
  };
  cached = {
    of(word, low, shape) {
      let vector = vectors.get(word);
      if (vector === undefined) {
        if (vectors.size >= WORD_CACHE_LIMIT) vectors.clear();
        vector = build(word, low, shape);
        vectors.set(word, vector);
      }
      return vector;
    },
    boundary: build(BOUNDARY, BOUNDARY, BOUNDARY),
  };
  wordCaches.set(weights, cached);
  return cached;
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

import { BoundedMap } from '../bounded-map';
import {
  AFTER_LABEL_SHAPE,
  AFTER_LABEL_WORD,
  BOUNDARY,
  NEIGHBOUR_OFFSETS,
  labelFeatures,
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
 * worse in cross-validation, see docs/accuracy.md). Scores exactly the
 * features of `staticFeatures` and `historyFeatures`, but through
 * `DecodeTables`, which look each one up without building its name.
 */
export function decode(context: TextContext, weights: Weights): string[] {
  const tables = decodeTables(weights);
  const { tokens, lower, shapes } = context;
  const words = tokens.map((token, i) => tables.word(token.text, lower[i]!, shapes[i]!));
  const labels = new Array<string>(tokens.length);
  const scores = new Float64Array(LABEL_COUNT);
  let previous = OUTSIDE;
  let beforePrevious = OUTSIDE;
  for (let i = 0; i < tokens.length; i++) {
    let label = OUTSIDE;
    if (!context.outsideNames[i]) {
      wordScoresInto(scores, words, i, tables.boundary);
      contextScoresInto(scores, tables, context, words, i);
      historyScoresInto(scores, tables, words[i]!, previous, beforePrevious);
      // No name runs on past the end of a line (a headline into a dateline, a paragraph into the next).
      label = bestLabel(scores, tokens[i]!.lineStart ? OUTSIDE : previous);
    }
    labels[i] = LABEL_NAMES[label]!;
    beforePrevious = previous;
    previous = label;
  }
  return labels;
}

/** A row of weights, one per label. */
type Row = ArrayLike<number>;
type Rows = ReadonlyMap<string, Row>;
const NO_ROWS: Rows = new Map();

/**
 * What decoding knows of one word (token text): its summed weights for its
 * own features (slot 0) and as each neighbour (slots 1–4, in
 * `NEIGHBOUR_OFFSETS` order), and the rows of the features that pair it with
 * the next word or with the label before it.
 */
interface WordEntry {
  readonly scores: Float64Array;
  /** `l-1l` rows with this word as the earlier one, by the next word (lower case). */
  readonly beforeWord: Rows | undefined;
  /** `ll+1` rows with this word as the earlier one, by the next word (lower case). */
  readonly beforeNext: Rows | undefined;
  /** `t-1s:…` and `t-1l:…` rows for this word, by the label before it. */
  readonly afterLabelShape: ReadonlyArray<Row | undefined>;
  readonly afterLabelWord: ReadonlyArray<Row | undefined>;
}

/**
 * The weights rearranged for decoding, built once per model. A feature whose
 * value joins several words (`l-1l` = `before|word`) is stored as nested maps,
 * and the features that depend only on labels are summed per label pair, so
 * no feature name is built or hashed per token. The scores are the same sums
 * as through `scoreInto`, added in another order: the shipped weights (tenths
 * stored as 32-bit floats) are all whole multiples of 2^-27 and small, so
 * their sums are exact in 64 bits in any order
 * (test/entities/decode-equivalence.test.ts checks that, and the labels).
 */
interface DecodeTables {
  word(word: string, low: string, shape: string): WordEntry;
  readonly boundary: WordEntry;
  /** `t-1` + `t-2t-1`, from `(beforePrevious * LABEL_COUNT + previous) * LABEL_COUNT`. */
  readonly history: Float64Array;
  /** `s-1s+1` by the shapes before, of and after the token. */
  readonly shapeTriples: ReadonlyMap<string, ReadonlyMap<string, Rows>>;
  /** The other templates of `contextFeatures`, by name. */
  readonly sentenceShape: Rows;
  readonly sentenceWord: Rows;
  readonly sentenceSeenLower: Row | undefined;
  readonly sentenceSeenCapitalised: Row | undefined;
  readonly capitalSeenLower: Row | undefined;
  readonly titleCaseShape: Rows;
  readonly run: Rows;
  readonly gazetteer: Rows;
  readonly gazetteerBefore: Rows;
  readonly gazetteerAfter: Rows;
}

/** Words remembered per model across calls; the bound keeps the memory to a few megabytes. */
const WORD_CACHE_LIMIT = 50_000;
const tableCache = new WeakMap<Weights, DecodeTables>();

function decodeTables(weights: Weights): DecodeTables {
  const cached = tableCache.get(weights);
  if (cached) return cached;
  const rowsOf = (template: string): Rows => weights.get(template) ?? NO_ROWS;
  const wordPairs = pairRows(rowsOf('l-1l'));
  const nextPairs = pairRows(rowsOf('ll+1'));
  const afterLabelShape = AFTER_LABEL_SHAPE.map(rowsOf);
  const afterLabelWord = AFTER_LABEL_WORD.map(rowsOf);
  const build = (word: string, low: string, shape: string): WordEntry => {
    const scores = new Float64Array(LABEL_COUNT * (OFFSETS.length + 1));
    ownFeatures(word, low, shape, scoreInto(weights, scores.subarray(0, LABEL_COUNT)));
    OFFSETS.forEach((offset, slot) => {
      const from = (slot + 1) * LABEL_COUNT;
      neighbourFeatures(offset, low, shape, scoreInto(weights, scores.subarray(from, from + LABEL_COUNT)));
    });
    return {
      scores,
      beforeWord: wordPairs.get(low),
      beforeNext: nextPairs.get(low),
      afterLabelShape: afterLabelShape.map((rows) => rows.get(shape)),
      afterLabelWord: afterLabelWord.map((rows) => rows.get(low)),
    };
  };
  const words = new BoundedMap<string, WordEntry>(WORD_CACHE_LIMIT);
  const tables: DecodeTables = {
    word(word, low, shape) {
      let entry = words.get(word);
      if (entry === undefined) words.set(word, (entry = build(word, low, shape)));
      return entry;
    },
    boundary: build(BOUNDARY, BOUNDARY, BOUNDARY),
    history: historyRows(weights),
    shapeTriples: new Map([...pairRows(rowsOf('s-1s+1'))].map(([before, rows]) => [before, pairRows(rows)])),
    sentenceShape: rowsOf('ss'),
    sentenceWord: rowsOf('ssl'),
    sentenceSeenLower: rowsOf('ss-seenlower').get(''),
    sentenceSeenCapitalised: rowsOf('ss-seencapitalised').get(''),
    capitalSeenLower: rowsOf('cap-seenlower').get(''),
    titleCaseShape: rowsOf('tc'),
    run: rowsOf('run'),
    gazetteer: rowsOf('g'),
    gazetteerBefore: rowsOf('g-1'),
    gazetteerAfter: rowsOf('g+1'),
  };
  tableCache.set(weights, tables);
  return tables;
}

/** `t-1` + `t-2t-1` for every two labels, which is all those features depend on. */
function historyRows(weights: Weights): Float64Array {
  const rows = new Float64Array(LABEL_COUNT * LABEL_COUNT * LABEL_COUNT);
  for (let beforePrevious = 0; beforePrevious < LABEL_COUNT; beforePrevious++) {
    for (let previous = 0; previous < LABEL_COUNT; previous++) {
      const from = (beforePrevious * LABEL_COUNT + previous) * LABEL_COUNT;
      labelFeatures(previous, beforePrevious, scoreInto(weights, rows.subarray(from, from + LABEL_COUNT)));
    }
  }
  return rows;
}

/**
 * Rows whose values join two parts with `|` (`before|word`, or for shape
 * triples `before|rest`), keyed by the first part and then by the rest. A part
 * may itself be the token `|` (no other token or shape holds one), so
 * `||x` is `|` then `x`.
 */
function pairRows(rows: Rows): Map<string, Map<string, Row>> {
  const pairs = new Map<string, Map<string, Row>>();
  for (const [value, row] of rows) {
    const split = value.startsWith('||') ? 1 : value.indexOf('|');
    if (split <= 0) throw new Error(`Entity model feature value ${value} joins no two parts`);
    const first = value.slice(0, split);
    if (!pairs.has(first)) pairs.set(first, new Map());
    pairs.get(first)!.set(value.slice(split + 1), row);
  }
  return pairs;
}

function addRow(scores: Float64Array, row: Row | undefined): void {
  if (row === undefined) return;
  for (let label = 0; label < LABEL_COUNT; label++) scores[label]! += row[label]!;
}

/** Sets `scores` to token `i`'s word features: its own and its neighbours' (`staticFeatures` less `contextFeatures`). */
function wordScoresInto(scores: Float64Array, words: readonly WordEntry[], i: number, boundary: WordEntry): void {
  const own = words[i]!.scores;
  for (let label = 0; label < LABEL_COUNT; label++) scores[label] = own[label]!;
  for (let slot = 0; slot < OFFSETS.length; slot++) {
    const vector = (words[i + OFFSETS[slot]!] ?? boundary).scores;
    const from = (slot + 1) * LABEL_COUNT;
    for (let label = 0; label < LABEL_COUNT; label++) scores[label]! += vector[from + label]!;
  }
}

/** Adds the weights of `contextFeatures` for token `i`, feature for feature. */
function contextScoresInto(scores: Float64Array, tables: DecodeTables, context: TextContext, words: readonly WordEntry[], i: number): void {
  const { lower, shapes, gazetteer } = context;
  const low = lower[i]!;
  const shape = shapes[i]!;
  addRow(
    scores,
    tables.shapeTriples
      .get(shapes[i - 1] ?? BOUNDARY)
      ?.get(shape)
      ?.get(shapes[i + 1] ?? BOUNDARY),
  );
  addRow(scores, (words[i - 1] ?? tables.boundary).beforeWord?.get(low));
  addRow(scores, words[i]!.beforeNext?.get(lower[i + 1] ?? BOUNDARY));
  if (context.sentenceStart[i]) {
    addRow(scores, tables.sentenceShape.get(shape));
    addRow(scores, tables.sentenceWord.get(low));
    if (context.seenLower.has(low)) addRow(scores, tables.sentenceSeenLower);
    if (context.seenCapitalised.has(low)) addRow(scores, tables.sentenceSeenCapitalised);
  } else if (shape.startsWith('X') && context.seenLower.has(low)) {
    addRow(scores, tables.capitalSeenLower);
  }
  if (context.titleCaseLine[i]) addRow(scores, tables.titleCaseShape.get(shape));
  const run = context.capitalRun[i];
  if (run !== undefined) addRow(scores, tables.run.get(run));
  for (const mark of gazetteer[i]!) addRow(scores, tables.gazetteer.get(mark));
  if (i > 0) for (const mark of gazetteer[i - 1]!) addRow(scores, tables.gazetteerBefore.get(mark));
  if (i + 1 < gazetteer.length) for (const mark of gazetteer[i + 1]!) addRow(scores, tables.gazetteerAfter.get(mark));
}

/** Adds the weights of `historyFeatures` for a token given the two labels before it. */
function historyScoresInto(scores: Float64Array, tables: DecodeTables, word: WordEntry, previous: number, beforePrevious: number): void {
  const history = tables.history;
  const from = (beforePrevious * LABEL_COUNT + previous) * LABEL_COUNT;
  for (let label = 0; label < LABEL_COUNT; label++) scores[label]! += history[from + label]!;
  addRow(scores, word.afterLabelShape[previous]);
  addRow(scores, word.afterLabelWord[previous]);
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

import { BoundedMap } from '../bounded-map';
import { markGazetteer, type Gazetteer, type GazetteerMarks } from './gazetteer';
import { LABELS } from './mention';
import type { Token } from './tokenize';

/**
 * The evidence the tagger weighs for each token, as feature names. Static
 * features depend only on the text and are computed once; history features
 * depend on the labels already chosen to the left and are added while
 * decoding. Training and tagging share these functions, so what the model
 * learnt is exactly what it sees.
 */

/** What the whole text tells about each token, computed once per text. */
export interface TextContext {
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly shapes: readonly string[];
  readonly sentenceStart: readonly boolean[];
  readonly gazetteer: GazetteerMarks;
  /** Lower-case forms seen written in lower case somewhere in the text: `Will` at a sentence start is then likely a word. */
  readonly seenLower: ReadonlySet<string>;
  /** Lower-case forms of words seen capitalised inside a sentence: `Boeing` at a sentence start is then likely a name. */
  readonly seenCapitalised: ReadonlySet<string>;
  /** Tokens on a line written in Title Case (a headline), where capitals say little. */
  readonly titleCaseLine: readonly boolean[];
  /**
   * Tokens that cannot be part of a name: words in lower case only, other than
   * the small words names hold (`Bank of America`, `Ludwig van Beethoven`).
   * Decoding labels them O without scoring: a name run cannot pass through `met`.
   */
  readonly outsideNames: readonly boolean[];
  /** For a capitalised token, where it stands in its run of capitalised words (`1/2` is `New` in `New York`); else undefined. */
  readonly capitalRun: ReadonlyArray<string | undefined>;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', '-', '--', '\u2014', '\u2013']);

export function textContext(tokens: readonly Token[], gazetteer: Gazetteer): TextContext {
  const forms = tokens.map((t) => wordForm(t.text));
  const lower = forms.map((form) => form.lower);
  const shapes = forms.map((form) => form.shape);
  const sentenceStart = sentenceStarts(tokens);
  const titleCaseLine = titleCaseLines(tokens, forms);
  const seenLower = new Set<string>();
  const seenCapitalised = new Set<string>();
  forms.forEach((form, i) => {
    if (form.writtenLower) seenLower.add(form.lower);
    if (form.capitalised && !sentenceStart[i] && !titleCaseLine[i]) seenCapitalised.add(form.lower);
  });
  return {
    tokens,
    lower,
    shapes,
    sentenceStart,
    gazetteer: markGazetteer(tokens, lower, gazetteer),
    seenLower,
    seenCapitalised,
    titleCaseLine,
    capitalRun: capitalRuns(forms),
    outsideNames: forms.map((form) => form.outsideName),
  };
}

/** What a word's spelling alone tells `textContext`, worked out once per word. */
interface WordForm {
  readonly lower: string;
  readonly shape: string;
  /** Starts with a capital letter. */
  readonly capitalised: boolean;
  /** Starts with a letter and is longer than three characters: a word that counts in telling a Title Case line. */
  readonly longWord: boolean;
  /** Written in lower case and not caseless (a number or a mark has no case to tell). */
  readonly writtenLower: boolean;
  /** See `TextContext.outsideNames`. */
  readonly outsideName: boolean;
}

/** Words remembered across texts, up to a bound. */
const wordForms = new BoundedMap<string, WordForm>(50_000);

function wordForm(word: string): WordForm {
  let form = wordForms.get(word);
  if (form === undefined) {
    const lower = word.toLowerCase();
    const shape = shapeOf(word);
    form = {
      lower,
      shape,
      // The shape starts with `X` exactly when the first letter is a capital (\p{Lu}).
      capitalised: shape.startsWith('X'),
      longWord: word.length > 3 && /^\p{L}/u.test(word),
      writtenLower: word === lower && word !== word.toUpperCase(),
      outsideName: lower === word && /^\p{Ll}{2,}$/u.test(lower) && !NAME_CONNECTORS.has(lower),
    };
    wordForms.set(word, form);
  }
  return form;
}

/** Lower-case words that occur inside names. */
const NAME_CONNECTORS = new Set([
  'of',
  'and',
  'the',
  'for',
  'on',
  'upon',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'von',
  'van',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'al',
  'el',
  'bin',
  'ibn',
  'und',
  'et',
]);

/** Run positions, written once: position/length, with runs past three words as `3+`. */
const RUN_NAMES = ['1/1', '1/2', '2/2', '1/3', '2/3', '3/3', '1/3+', 'mid/3+', 'last/3+'];

function capitalRuns(forms: readonly WordForm[]): Array<string | undefined> {
  const runs = new Array<string | undefined>(forms.length).fill(undefined);
  let i = 0;
  while (i < forms.length) {
    if (!forms[i]!.capitalised) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < forms.length && forms[end]!.capitalised) end++;
    const length = end - i;
    for (let k = i; k < end; k++) runs[k] = runName(k - i, length);
    i = end;
  }
  return runs;
}

function runName(position: number, length: number): string {
  if (length <= 3) return RUN_NAMES[(length * (length - 1)) / 2 + position]!;
  return RUN_NAMES[position === 0 ? 6 : position === length - 1 ? 8 : 7]!;
}

/** Tokens that start a sentence: the first of a line, or after a sentence's end and any opening marks. */
function sentenceStarts(tokens: readonly Token[]): boolean[] {
  const starts = new Array<boolean>(tokens.length);
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1]?.text;
    starts[i] =
      previous === undefined ||
      token.lineStart ||
      SENTENCE_END.has(previous) ||
      previous.endsWith('..') ||
      (OPENERS.has(previous) && starts[i - 1]!);
  });
  return starts;
}

/**
 * Marks the tokens of Title Case lines (headlines): of their words of four
 * letters or more, at least three are capitalised and at most one is not,
 * and the line does not end a sentence (a name-heavy sentence such as
 * `Minister Anne Solberg met Iceland's Gunnar Magnusson in Oslo.` does).
 */
function titleCaseLines(tokens: readonly Token[], forms: readonly WordForm[]): boolean[] {
  const marks = new Array<boolean>(tokens.length).fill(false);
  let lineFirst = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]!.lineStart) continue;
    let words = 0;
    let capitalised = 0;
    for (let k = lineFirst; k < i; k++) {
      if (!forms[k]!.longWord) continue;
      words++;
      if (forms[k]!.capitalised) capitalised++;
    }
    let last = i - 1;
    while (last >= lineFirst && CLOSERS.has(tokens[last]!.text)) last--;
    const endsSentence = last >= lineFirst && SENTENCE_END.has(tokens[last]!.text);
    if (capitalised >= 3 && words - capitalised <= 1 && !endsSentence) marks.fill(true, lineFirst, i);
    lineFirst = i;
  }
  return marks;
}

/** Closing quotation marks and brackets, which may follow a sentence's full stop. */
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']']);

/** Word shape with repeats collapsed: `Putin` → `Xx`, `U.S.` → `X.X.`, `2023` → `d`, `iPhone` → `xXx`. */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const kind = charKind(char);
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

/** `X`, `x`, `d` or the character itself; ASCII is decided without a regular expression (this runs for every character). */
function charKind(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return char;
  return /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
}

/** The word and shape that stand for nothing, past either end of the text. */
export const BOUNDARY = '<s>';

/**
 * Receives one feature: a template (what kind of evidence, e.g. `l-1`, the
 * previous word) and its value here. Kept apart so lookups hash the value
 * strings the text already holds instead of building a new string per feature.
 */
export type FeatureSink = (template: string, value: string) => void;

/** Features of token `i` that do not depend on labels: its own, its neighbours', and the rest of its context. */
export function staticFeatures(context: TextContext, i: number, emit: FeatureSink): void {
  const { tokens, lower, shapes } = context;
  ownFeatures(tokens[i]!.text, lower[i]!, shapes[i]!, emit);
  for (const offset of NEIGHBOUR_OFFSETS) neighbourFeatures(offset, lower[i + offset] ?? BOUNDARY, shapes[i + offset] ?? BOUNDARY, emit);
  contextFeatures(context, i, emit);
}

/** What a word says about itself, wherever it stands: its spelling, shape and affixes. */
export function ownFeatures(word: string, low: string, shape: string, emit: FeatureSink): void {
  emit('bias', '');
  emit('w', word);
  emit('l', low);
  emit('s', shape);
  emit('p2', low.slice(0, 2));
  emit('p3', low.slice(0, 3));
  emit('x2', low.slice(-2));
  emit('x3', low.slice(-3));
  emit('x4', low.slice(-4));
}

/** Positions of the neighbours whose words are features, and the templates each gives. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;
export type NeighbourOffset = (typeof NEIGHBOUR_OFFSETS)[number];
const NEIGHBOUR_TEMPLATES: Readonly<Record<NeighbourOffset, readonly [string, string?]>> = {
  [-2]: ['l-2'],
  [-1]: ['l-1', 's-1'],
  [1]: ['l+1', 's+1'],
  [2]: ['l+2'],
};

/** What the word `offset` places away says about this token (`<s>` past either end of the text). */
export function neighbourFeatures(offset: NeighbourOffset, low: string, shape: string, emit: FeatureSink): void {
  const [word, wordShape] = NEIGHBOUR_TEMPLATES[offset];
  emit(word, low);
  if (wordShape !== undefined) emit(wordShape, shape);
}

/** Features that join a token to its neighbours or to the whole text. */
export function contextFeatures(context: TextContext, i: number, emit: FeatureSink): void {
  const { lower, shapes } = context;
  const low = lower[i]!;
  const shape = shapes[i]!;
  const before = lower[i - 1] ?? BOUNDARY;
  const after = lower[i + 1] ?? BOUNDARY;
  emit('s-1s+1', `${shapes[i - 1] ?? BOUNDARY}|${shape}|${shapes[i + 1] ?? BOUNDARY}`);
  emit('l-1l', `${before}|${low}`);
  emit('ll+1', `${low}|${after}`);
  if (context.sentenceStart[i]) {
    emit('ss', shape);
    emit('ssl', low);
    if (context.seenLower.has(low)) emit('ss-seenlower', '');
    if (context.seenCapitalised.has(low)) emit('ss-seencapitalised', '');
  } else if (shape.startsWith('X') && context.seenLower.has(low)) {
    emit('cap-seenlower', '');
  }
  if (context.titleCaseLine[i]) emit('tc', shape);
  const run = context.capitalRun[i];
  if (run !== undefined) emit('run', run);
  for (const mark of context.gazetteer[i]!) emit('g', mark);
  for (const mark of context.gazetteer[i - 1] ?? []) emit('g-1', mark);
  for (const mark of context.gazetteer[i + 1] ?? []) emit('g+1', mark);
}

const LABEL_NAMES: readonly string[] = LABELS;
/** `B-PER|I-PER` and the like, built once rather than per token. */
const LABEL_PAIRS: readonly string[] = LABEL_NAMES.flatMap((before) => LABEL_NAMES.map((label) => `${before}|${label}`));
/**
 * Templates that pair the previous label with this token's shape or word.
 * The label goes in the template (one per label, built once) so the value is
 * a string the text already holds: no new string per token.
 */
export const AFTER_LABEL_SHAPE: readonly string[] = LABEL_NAMES.map((label) => `t-1s:${label}`);
export const AFTER_LABEL_WORD: readonly string[] = LABEL_NAMES.map((label) => `t-1l:${label}`);

/** Features of token `i` given the labels (indices into `LABELS`) chosen for the two tokens before it. */
export function historyFeatures(context: TextContext, i: number, previous: number, beforePrevious: number, emit: FeatureSink): void {
  labelFeatures(previous, beforePrevious, emit);
  emit(AFTER_LABEL_SHAPE[previous]!, context.shapes[i]!);
  emit(AFTER_LABEL_WORD[previous]!, context.lower[i]!);
}

/** The history features that depend on the labels alone, not on the token: decoding sums them once per model. */
export function labelFeatures(previous: number, beforePrevious: number, emit: FeatureSink): void {
  emit('t-1', LABEL_NAMES[previous]!);
  emit('t-2t-1', LABEL_PAIRS[beforePrevious * LABEL_NAMES.length + previous]!);
}

/**
 * Trains the entity tagger (an averaged perceptron over BIO labels) and
 * writes its weights to `src/core/entities/weights.ts`. The gazetteer it
 * reads is `src/core/lexicon/gazetteer.json` (`npm run gazetteer`).
 *
 *   npm run train              # train on every permissive set, train and dev splits, and write the model
 *   npm run train -- --tune    # tuning: train on the train splits only, score the dev splits, write nothing
 *
 * Training data (see NOTICE.md): wikigold, MEANTIME dev, BTC section G,
 * GUM (CC BY genres), WNUT-17 and re3d (permissive parts). Each set's tokens
 * count as much as its weight says (news the most). Each set is read by its
 * README's conventions: nationality words become the NAT class wherever they
 * stand, labelled or not (GUM, WNUT-17 and BTC leave adjectives `O`).
 * No test split is read here.
 *
 * Deterministic: documents are shuffled with a seeded generator, and every
 * collection is iterated in insertion order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import gazetteerFile from '../src/core/lexicon/gazetteer.json';
import { historyFeatures, staticFeatures, textContext, type FeatureSink, type TextContext } from '../src/core/entities/features';
import { gazetteerFromRows, markGazetteer, splitNamePairs, type Gazetteer } from '../src/core/entities/gazetteer';
import { LABELS } from '../src/core/entities/mention';
import { findMentions } from '../src/core/entities/mentions';
import { modelFromFile, type ModelFile } from '../src/core/entities/model';
import { bestLabel, scoreInto } from '../src/core/entities/tagger';
import { tokenize } from '../src/core/entities/tokenize';
import { f1, goldClass, meantimeSet, precision, recall, scoreSet, scoredSet, type ScoredSet } from '../bench/accuracy/entity-sets';
import { readConll, type LabelledDoc } from './data/conll';
import { DATA_DIR, meantimeDoc, readArticle, splitIds } from './data/meantime';
import { labelledDoc, readGoldDocs, type SetConventions } from './data/sets';

const settings = {
  epochs: Number(option('epochs', '12')),
  seed: 20261127,
  /** How much one token of each set counts: news and press releases most, tweets least. */
  weights: {
    meantime: Number(option('meantime-weight', '4')),
    gum: Number(option('gum-weight', '3')),
    re3d: Number(option('re3d-weight', '2')),
    wikigold: Number(option('wikigold-weight', '1')),
    wnut: Number(option('wnut-weight', '1')),
    btc: Number(option('btc-weight', '0.5')),
  },
  /** Features seen fewer times than this in training are not learnt (keeps the model small). */
  minCount: Number(option('min-count', '5')),
  /** Weights are stored as integers: weight × scale, rounded; smaller ones vanish. */
  scale: Number(option('scale', '10')),
};

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

/** A token's features as a flat list: template, value, template, value… */
type FeatureList = string[];

interface Example {
  readonly context: TextContext;
  readonly labels: readonly number[];
  readonly features: readonly FeatureList[];
  readonly weight: number;
}

function collect(run: (emit: FeatureSink) => void): FeatureList {
  const list: FeatureList = [];
  run((template, value) => list.push(template, value));
  return list;
}

/** Averaged perceptron with lazy averaging (each weight's running total is brought up to date only when it changes). */
class Perceptron {
  readonly weights = new Map<string, Map<string, Float64Array>>();
  private readonly totals = new Map<Float64Array, Float64Array>();
  private readonly stamps = new Map<Float64Array, Float64Array>();
  time = 0;

  update(features: FeatureList, label: number, amount: number): void {
    for (let k = 0; k < features.length; k += 2) {
      const row = this.row(features[k]!, features[k + 1]!);
      const totals = this.totals.get(row)!;
      const stamps = this.stamps.get(row)!;
      totals[label]! += (this.time - stamps[label]!) * row[label]!;
      stamps[label] = this.time;
      row[label]! += amount;
    }
  }

  private row(template: string, value: string): Float64Array {
    let values = this.weights.get(template);
    if (!values) this.weights.set(template, (values = new Map()));
    let row = values.get(value);
    if (!row) {
      row = new Float64Array(LABELS.length);
      values.set(value, row);
      this.totals.set(row, new Float64Array(LABELS.length));
      this.stamps.set(row, new Float64Array(LABELS.length));
    }
    return row;
  }

  /** The averaged weights, as integers × scale keyed `template=value`, zeros left out. */
  averaged(scale: number): Record<string, number[]> {
    const features: Record<string, number[]> = {};
    for (const [template, values] of this.weights) {
      for (const [value, row] of values) {
        const totals = this.totals.get(row)!;
        const stamps = this.stamps.get(row)!;
        const pairs: number[] = [];
        row.forEach((weight, label) => {
          const average = (totals[label]! + (this.time - stamps[label]!) * weight) / this.time;
          const stored = Math.round(average * scale);
          if (stored !== 0) pairs.push(label, stored);
        });
        if (pairs.length > 0) features[`${template}=${value}`] = pairs;
      }
    }
    return features;
  }
}

/** Mulberry32: a small seeded generator, so every run shuffles alike. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const gazetteer: Gazetteer = gazetteerFromRows(gazetteerFile.rows);

function tokensOf(text: string): ReturnType<typeof tokenize> {
  return splitNamePairs(tokenize(text), gazetteer);
}

/**
 * Nationality words as the NAT class: a gold MISC or LOC name that is one,
 * and a run of `O` tokens the gazetteer lists as one (the sets that leave
 * nationality adjectives unlabelled, and the names a set's annotators missed).
 */
function withNationalities(doc: LabelledDoc): LabelledDoc {
  const labels = [...doc.labels];
  const words = doc.tokens.map((t) => t.text);
  for (let i = 0; i < labels.length; i++) {
    if (!labels[i]!.startsWith('B-')) continue;
    let end = i + 1;
    while (end < labels.length && labels[end] === `I-${labels[i]!.slice(2)}`) end++;
    const entityClass = goldClass(words.slice(i, end).join(' '), labels[i]!.slice(2), gazetteer);
    for (let k = i; k < end; k++) labels[k] = `${k === i ? 'B' : 'I'}-${entityClass}`;
  }
  const marks = markGazetteer(
    doc.tokens,
    words.map((w) => w.toLowerCase()),
    gazetteer,
  );
  marks.forEach((lists, i) => {
    if (!lists.includes('B-nationality')) return;
    let end = i + 1;
    while (end < labels.length && marks[end]!.includes('I-nationality')) end++;
    if (labels.slice(i, end).every((label) => label === 'O')) for (let k = i; k < end; k++) labels[k] = `${k === i ? 'B' : 'I'}-NAT`;
  });
  return { ...doc, labels };
}

function conllDocs(conventions: SetConventions): LabelledDoc[] {
  return readGoldDocs(conventions, (text, entityClass) => goldClass(text, entityClass, gazetteer)).map((doc) =>
    labelledDoc(doc, tokensOf(doc.text)),
  );
}

/** The training documents: every permissive set's train split, and with `withDev` its dev split too. */
function trainingDocs(withDev: boolean, meantimeIds: readonly string[]): Array<{ doc: LabelledDoc; weight: number }> {
  const weighed = (docs: LabelledDoc[], weight: number): Array<{ doc: LabelledDoc; weight: number }> =>
    weight > 0 ? docs.map((doc) => ({ doc: withNationalities(doc), weight })) : [];
  const splits = withDev ? ['train', 'dev'] : ['train'];
  const set = (name: string, file: string, extra: Partial<SetConventions> = {}): LabelledDoc[] => conllDocs({ name, file, ...extra });
  return [
    ...weighed(readConll(join(DATA_DIR, 'wikigold', 'wikigold.conll.txt'), 'wikigold'), settings.weights.wikigold),
    ...weighed(
      meantimeIds.map((id) => meantimeDoc(readArticle(id), tokensOf)),
      settings.weights.meantime,
    ),
    ...weighed(readConll(join(DATA_DIR, 'btc', 'g.conll'), 'btc-g', { sentencePerDoc: true, tweets: true }), settings.weights.btc),
    ...weighed(
      splits.flatMap((split) => set(`gum ${split}`, `gum/${split}.conll`)),
      settings.weights.gum,
    ),
    ...weighed(
      splits.flatMap((split) => set(`re3d ${split}`, `re3d/${split}.conll`)),
      settings.weights.re3d,
    ),
    ...weighed(
      splits.flatMap((split) => set(`wnut ${split}`, `wnut17/${split}.conll`, { sentencePerDoc: true })),
      settings.weights.wnut,
    ),
  ];
}

function train(docs: ReadonlyArray<{ doc: LabelledDoc; weight: number }>): ModelFile {
  const raw = docs.map(({ doc, weight }) => {
    const context = textContext(doc.tokens, gazetteer);
    const features = doc.tokens.map((_, i) => collect((emit) => staticFeatures(context, i, emit)));
    return { context, labels: doc.labels.map((l) => LABELS.indexOf(l)), features, weight };
  });
  const counts = new Map<string, number>();
  const key = (list: FeatureList, k: number): string => `${list[k]}=${list[k + 1]}`;
  for (const example of raw)
    for (const list of example.features)
      for (let k = 0; k < list.length; k += 2) counts.set(key(list, k), (counts.get(key(list, k)) ?? 0) + 1);
  const frequent = (list: FeatureList): FeatureList => list.filter((_, j) => counts.get(key(list, j - (j % 2)))! >= settings.minCount);
  const examples: Example[] = raw.map((e) => ({ ...e, features: e.features.map(frequent) }));
  const tokens = examples.reduce((n, e) => n + e.labels.length, 0);
  console.error(`training on ${examples.length} documents, ${tokens} tokens, ${settings.epochs} epochs`);

  const perceptron = new Perceptron();
  const random = seeded(settings.seed);
  const scores = new Float64Array(LABELS.length);
  const add = scoreInto(perceptron.weights, scores);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let wrong = 0;
    for (const example of shuffle([...examples], random)) {
      // History features see the gold labels of the tokens before (teacher forcing). Learning from
      // its own guesses instead made the model push gold labels it could not reach after a wrong
      // guess (`I-ORG` after a guessed `B-PER`), which inflated weights and cut names short.
      const labels = example.labels;
      labels.forEach((gold, i) => {
        const previous = labels[i - 1] ?? 0;
        const history = collect((emit) => historyFeatures(example.context, i, previous, labels[i - 2] ?? 0, emit));
        scores.fill(0);
        for (const list of [example.features[i]!, history]) for (let k = 0; k < list.length; k += 2) add(list[k]!, list[k + 1]!);
        const guess = bestLabel(scores, previous);
        perceptron.time++;
        if (guess !== gold) {
          wrong++;
          for (const features of [example.features[i]!, history]) {
            perceptron.update(features, gold, example.weight);
            perceptron.update(features, guess, -example.weight);
          }
        }
      });
    }
    console.error(`  epoch ${epoch}: ${((100 * wrong) / tokens).toFixed(2)}% tokens wrong`);
  }
  return { version: 2, labels: LABELS, scale: settings.scale, features: perceptron.averaged(settings.scale) };
}

/**
 * Tuning without touching a test split: train on the train splits (and the
 * even half of MEANTIME dev), score each dev split (and the odd half) the
 * way the bench scores the test splits.
 */
function tune(): void {
  const dev = splitIds('dev');
  // `--load PATH` scores a model kept by `--save` (the article-level checks changed, not the training).
  const file = process.argv.includes('--load')
    ? (JSON.parse(readFileSync(option('load', ''), 'utf8')) as ModelFile)
    : train(
        trainingDocs(
          false,
          dev.filter((_, i) => i % 2 === 0),
        ),
      );
  // `--save PATH` keeps the tuning model for reading its mistakes.
  if (process.argv.includes('--save')) writeFileSync(option('save', ''), JSON.stringify(file));
  const model = modelFromFile(file, gazetteer);
  const sets: ScoredSet[] = [
    meantimeSet('MEANTIME dev, odd half, names', dev.filter((_, i) => i % 2 === 1).map(readArticle), 'name', gazetteer),
    ...['GUM dev', 're3d dev', 'WNUT-17 dev'].map((name) => scoredSet(name, gazetteer)),
  ];
  const typed: number[] = [];
  for (const set of sets) {
    const scores = scoreSet(set, (text) => findMentions(text, model));
    const t = scores.exactTyped;
    typed.push(f1(t.all));
    const kinds = (['person', 'organization', 'place', 'nationality', 'other'] as const)
      .filter((kind) => t[kind].gold + t[kind].predicted > 0)
      .map((kind) => `${kind} ${(100 * f1(t[kind])).toFixed(1)}`)
      .join(', ');
    console.log(
      `${set.name}: exact typed P ${(100 * precision(t.all)).toFixed(1)} R ${(100 * recall(t.all)).toFixed(1)} F1 ${(100 * f1(t.all)).toFixed(1)}, untyped F1 ${(100 * f1(scores.exactUntyped.all)).toFixed(1)} (${kinds})`,
    );
  }
  console.log(`macro exact typed F1 ${((100 * typed.reduce((a, b) => a + b, 0)) / typed.length).toFixed(1)}`);
}

function main(): void {
  if (process.argv.includes('--tune')) {
    tune();
    return;
  }
  const model = train(trainingDocs(true, splitIds('dev')));
  const json = JSON.stringify(model);
  const target = join(import.meta.dirname, '..', 'src', 'core', 'entities', 'weights.ts');
  writeFileSync(
    target,
    `// Generated by \`npm run train\` (scripts/train-tagger.ts); do not edit. Training data and licences: NOTICE.md.\n` +
      `// Kept as a JSON string: parsed on first use, and cheaper to load than an object literal.\n` +
      `export const MODEL_JSON = ${JSON.stringify(json)};\n`,
  );
  console.error(`wrote ${target}: ${Object.keys(model.features).length} features, ${(json.length / 1024).toFixed(0)} KiB`);
}

main();

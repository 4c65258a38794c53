/**
 * Trains the entity tagger (an averaged perceptron over BIO labels) and
 * writes its weights to `src/core/entities/weights.ts`.
 *
 *   npm run train                 # train on wikigold + MEANTIME dev (+ BTC G), write the model
 *   npm run train -- --cv         # tuning: 2-fold cross-validation on MEANTIME dev, writes nothing
 *   npm run train -- --cv --errors  # the same, listing each held-out mistake (wrong type, missed, spurious)
 *
 * Deterministic: documents are shuffled with a seeded generator, and every
 * collection is iterated in insertion order.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFeatures, staticFeatures, textContext, type FeatureSink, type TextContext } from '../src/core/entities/features';
import { gazetteerFrom } from '../src/core/entities/gazetteer';
import { LABELS } from '../src/core/entities/mention';
import { findMentions } from '../src/core/entities/mentions';
import { modelFromFile, type ModelFile } from '../src/core/entities/model';
import { bestLabel, scoreInto } from '../src/core/entities/tagger';
import { emptyTallies, f1, goldFor, precision, recall, scoreArticle, type MatchMode } from '../bench/accuracy/score';
import type { Mention } from '../src/core/entities/mention';
import { readConll, type LabelledDoc } from './data/conll';
import { DEMONYMS, gazetteerEntries, gazetteerLists } from './data/gazetteer-sources';
import { DATA_DIR, meantimeDoc, readArticle, splitIds, type MeantimeArticle } from './data/meantime';

const settings = {
  epochs: Number(option('epochs', '12')),
  seed: 20261127,
  /** How much one MEANTIME token counts against one wikigold token: the news domain we are tuning for. */
  meantimeWeight: Number(option('meantime-weight', '6')),
  /** BTC section G (news accounts' tweets): noisy casing, so it counts for less; 0 leaves it out. */
  btcWeight: Number(option('btc-weight', '1')),
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

const DEMONYM_KEYS = new Set(DEMONYMS.map((d) => d.toLowerCase()));

/**
 * wikigold marks nationality adjectives (`Japanese`) as MISC; MEANTIME, and
 * the product, count them as places (`Russian President` points at Russia).
 */
function relabelWikigold(words: string[], entityClass: string): string {
  return entityClass === 'MISC' && DEMONYM_KEYS.has(words.join(' ').toLowerCase()) ? 'LOC' : entityClass;
}

function trainingDocs(devIds: readonly string[]): Array<{ doc: LabelledDoc; weight: number }> {
  const docs = readConll(join(DATA_DIR, 'wikigold', 'wikigold.conll.txt'), 'wikigold', { relabel: relabelWikigold }).map((doc) => ({
    doc,
    weight: 1,
  }));
  for (const id of devIds) docs.push({ doc: meantimeDoc(readArticle(id)), weight: settings.meantimeWeight });
  if (settings.btcWeight > 0) {
    for (const doc of readConll(join(DATA_DIR, 'btc', 'g.conll'), 'btc-g', { sentencePerDoc: true, tweets: true }))
      docs.push({ doc, weight: settings.btcWeight });
  }
  return docs;
}

function train(devIds: readonly string[], gazetteer: ModelFile['gazetteer']): ModelFile {
  const gazetteerIndex = gazetteerFrom(new Map(Object.entries(gazetteer)));
  const raw = trainingDocs(devIds).map(({ doc, weight }) => {
    const context = textContext(doc.tokens, gazetteerIndex);
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
  return { version: 1, labels: LABELS, scale: settings.scale, gazetteer, features: perceptron.averaged(settings.scale) };
}

/** Tuning without touching the test split: train on half of dev, score the other half, both ways. */
function crossValidate(gazetteer: ModelFile['gazetteer']): void {
  const dev = splitIds('dev');
  const folds = [dev.filter((_, i) => i % 2 === 0), dev.filter((_, i) => i % 2 === 1)];
  const modes: Array<[MatchMode, boolean]> = [
    ['overlap', false],
    ['overlap', true],
    ['name', false],
    ['name', true],
    ['exact', true],
  ];
  const tallies = modes.map(() => emptyTallies());
  folds.forEach((held, k) => {
    const model = modelFromFile(train(folds[1 - k]!, gazetteer));
    for (const id of held) {
      const article = readArticle(id);
      const mentions = findMentions(article.text, model);
      modes.forEach(([mode, typed], m) => scoreArticle(tallies[m]!, article, mentions, mode, typed));
      if (process.argv.includes('--errors')) printMistakes(article, mentions);
    }
  });
  modes.forEach(([mode, typed], m) => {
    const t = tallies[m]!;
    const kinds = (['person', 'organization', 'place', 'other'] as const)
      .map((kind) => `${kind} ${(100 * f1(t[kind])).toFixed(1)}`)
      .join(', ');
    console.log(
      `${mode} ${typed ? 'typed' : 'untyped'}: P ${(100 * precision(t.all)).toFixed(1)} R ${(100 * recall(t.all)).toFixed(1)} F1 ${(100 * f1(t.all)).toFixed(1)}` +
        (typed ? `  (${kinds}; person P ${(100 * precision(t.person)).toFixed(1)})` : ''),
    );
  });
}

/** Held-out mistakes, overlap-matched: `type` (found with the wrong type), `missed` (gold not found), `spurious` (no gold there). */
function printMistakes(article: MeantimeArticle, mentions: readonly Mention[]): void {
  const gold = goldFor(article, 'overlap');
  const predicted = mentions.filter((m) => m.start < article.annotatedEnd);
  const text = (span: { start: number; end: number }): string => JSON.stringify(article.text.slice(span.start, span.end));
  for (const p of predicted) {
    const overlapping = gold.filter((g) => g.start < p.end && p.start < g.end);
    if (overlapping.length === 0) console.log(`${article.id}\tspurious\t${p.type}\t${text(p)}`);
    else if (!overlapping.some((g) => g.kind === p.type))
      console.log(`${article.id}\ttype\t${p.type}→${overlapping[0]!.kind}\t${text(p)}\tgold ${text(overlapping[0]!)}`);
  }
  for (const g of gold)
    if (!predicted.some((p) => g.start < p.end && p.start < g.end)) console.log(`${article.id}\tmissed\t${g.kind}\t${text(g)}`);
}

function main(): void {
  const gazetteer = gazetteerEntries(gazetteerLists());
  if (process.argv.includes('--cv')) {
    crossValidate(gazetteer);
    return;
  }
  const model = train(splitIds('dev'), gazetteer);
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

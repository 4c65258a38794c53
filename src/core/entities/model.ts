import { gazetteerFrom } from './gazetteer';
import { LABELS } from './mention';
import type { EntityModel } from './mentions';

/**
 * The model as shipped: what `npm run train` writes. Weights are integers
 * (the averaged perceptron's weights times `scale`), stored sparsely per
 * feature as `[label, weight, label, weight…]`, so the file stays small.
 */
export interface ModelFile {
  readonly version: 1;
  readonly labels: readonly string[];
  readonly scale: number;
  /** Gazetteer key (lower-case tokens joined by a space) → the lists it is in. */
  readonly gazetteer: Readonly<Record<string, readonly string[]>>;
  /** `template=value` → sparse weights. */
  readonly features: Readonly<Record<string, readonly number[]>>;
}

export function modelFromFile(file: ModelFile): EntityModel {
  if (file.labels.join() !== LABELS.join()) throw new Error(`Entity model labels ${file.labels.join()} are not ${LABELS.join()}`);
  const weights = new Map<string, Map<string, Float32Array>>();
  for (const [feature, pairs] of Object.entries(file.features)) {
    const row = new Float32Array(LABELS.length);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]!] = pairs[k + 1]! / file.scale;
    const split = feature.indexOf('=');
    const template = feature.slice(0, split);
    if (!weights.has(template)) weights.set(template, new Map());
    weights.get(template)!.set(feature.slice(split + 1), row);
  }
  return { labels: file.labels, weights, gazetteer: gazetteerFrom(new Map(Object.entries(file.gazetteer))) };
}

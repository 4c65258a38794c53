import type { Gazetteer } from './gazetteer';
import { LABELS } from './mention';
import type { EntityModel } from './mentions';

/**
 * The model as shipped: what `npm run train` writes. Weights are integers
 * (the averaged perceptron's weights times `scale`), stored sparsely per
 * feature as `[label, weight, label, weight…]`, so the file stays small.
 * The gazetteer is not in it: it is data of its own, read beside the weights.
 */
export interface ModelFile {
  readonly version: 2;
  readonly labels: readonly string[];
  readonly scale: number;
  /** `template=value` → sparse weights. */
  readonly features: Readonly<Record<string, readonly number[]>>;
}

export function modelFromFile(file: ModelFile, gazetteer: Gazetteer): EntityModel {
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
  return { labels: file.labels, weights, gazetteer };
}

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { historyFeatures, staticFeatures, textContext, type TextContext } from '../../src/core/entities/features';
import { entityModel } from '../../src/core/entities/index';
import { LABELS } from '../../src/core/entities/mention';
import { bestLabel, decode, scoreInto, type Weights } from '../../src/core/entities/tagger';
import { tokenize } from '../../src/core/entities/tokenize';

/**
 * Decoding as training sees it: every feature of `staticFeatures` and
 * `historyFeatures` looked up by name through `scoreInto`, greedy, with the
 * same rules (no name through a lower-case word or past a line's end).
 */
function referenceDecode(context: TextContext, weights: Weights): string[] {
  const labels: number[] = [];
  const scores = new Float64Array(LABELS.length);
  const add = scoreInto(weights, scores);
  context.tokens.forEach((token, i) => {
    if (context.outsideNames[i]) {
      labels.push(0);
      return;
    }
    scores.fill(0);
    staticFeatures(context, i, add);
    const previous = labels[i - 1] ?? 0;
    historyFeatures(context, i, previous, labels[i - 2] ?? 0, add);
    labels.push(bestLabel(scores, token.lineStart ? 0 : previous));
  });
  return labels.map((label) => LABELS[label]!);
}

/** Our own articles: the entity fixture and every article fixture of the other tests. */
function fixtureTexts(): Array<{ name: string; text: string }> {
  const root = join(import.meta.dirname, '..');
  const paths = [join(root, 'entities', 'fixtures', 'summit.txt')];
  for (const entry of readdirSync(join(root, 'fixtures'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.news\.(?:txt|md)$/u.test(entry.name)) paths.push(join(entry.parentPath, entry.name));
  }
  return paths.map((path) => ({ name: path.slice(root.length + 1), text: readFileSync(path, 'utf8') }));
}

/** The largest power of two that `weight` (not 0) is a whole multiple of. */
function unitOf(weight: number): number {
  let unit = 2 ** (Math.floor(Math.log2(Math.abs(weight))) - 52);
  while (Number.isInteger(weight / (unit * 2))) unit *= 2;
  return unit;
}

describe('entity decoding', () => {
  const { weights, gazetteer } = entityModel();
  const labelsOf = (text: string, decoder: typeof decode): string[] => decoder(textContext(tokenize(text), gazetteer), weights);

  it('labels every token of our fixtures exactly as the feature-by-feature reference does', () => {
    const texts = fixtureTexts();
    assert.ok(texts.length > 20, `only ${texts.length} fixtures`);
    let names = 0;
    for (const { name, text } of texts) {
      const expected = labelsOf(text, referenceDecode);
      assert.deepEqual(labelsOf(text, decode), expected, name);
      names += expected.filter((label) => label !== 'O').length;
    }
    assert.ok(names > 500, `only ${names} name tokens`);
  });

  it('adds up the shipped weights exactly in any order, so decoding may sum them in its own', () => {
    // Every weight is a whole multiple of `unit`: while far more of the largest weights than a
    // token ever fires (a few dozen features) stay below 2^53 units, every partial sum is exact.
    let unit = Infinity;
    let largest = 0;
    for (const rows of weights.values()) {
      for (const row of rows.values()) {
        for (const weight of Array.from(row)) {
          if (weight === 0) continue;
          unit = Math.min(unit, unitOf(weight));
          largest = Math.max(largest, Math.abs(weight));
        }
      }
    }
    assert.ok((1000 * largest) / unit < 2 ** 53, `unit ${unit}, largest ${largest}`);
  });

  it('reads words joined to the token | as the reference does', () => {
    const text = 'Vote | Poll || Results\n| New York | Paris |\nKim Jong-un met Moon Jae-in in Seoul|Busan on Monday .|. Tokyo |';
    const expected = labelsOf(text, referenceDecode);
    assert.ok(expected.includes('B-LOC'), expected.join(' '));
    assert.deepEqual(labelsOf(text, decode), expected);
  });
});

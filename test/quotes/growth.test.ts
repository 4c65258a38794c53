import assert from 'node:assert/strict';
import { parseArticleFile } from '../../src/core/article/parse';
import { tagEntities } from '../../src/core/entities';
import { attributeQuotes } from '../../src/core/quotes/attribute';
import { findQuoteSpans } from '../../src/core/quotes/find-quotes';

const GIVEN = ['Ingrid', 'Lars', 'Marta', 'Tomasz', 'Fiona', 'Erik', 'Agata', 'Pieter', 'Sigrid', 'Daniel'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ro', 'sa', 'tu', 'vi', 'de', 'ha'];

/** A surname no other paragraph group uses, so nothing is learnt once and reused. */
function surname(index: number): string {
  const digits = String(index).padStart(3, '0').split('');
  const word = digits.map((digit) => SYLLABLES[Number(digit)]).join('');
  return word[0]!.toUpperCase() + word.slice(1) + 'sen';
}

/** Five paragraphs in the shapes attribution reads: after, before, a pronoun, a running quote, a partial quote. */
function group(index: number): string[] {
  const name = `${GIVEN[index % GIVEN.length]} ${surname(index)}`;
  const last = surname(index);
  return [
    `"The harbour has been closed for ${index + 2} days," said ${name}, the head of the pilots' union in Tromso.`,
    `${last} said: "We will not go back until the rota is fixed."`,
    `The ministry answered on Tuesday. "It is not everything we asked for," ${index % 2 ? 'he' : 'she'} told reporters.`,
    `"We are still listening to the crews.`,
    `"But the ships cannot wait," ${last} said, and called the offer "a good start".`,
  ];
}

function article(groups: number): string {
  const paragraphs = Array.from({ length: groups }, (_, index) => group(index)).flat();
  return ['Harbour Pilots Vote to End Strike', '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n');
}

/** Finding and attributing the quotes of one article, its names tagged beforehand. */
function attribution(groups: number): () => number {
  const text = article(groups);
  const parsed = parseArticleFile(text, { format: 'plain' }).articles[0]!;
  const mentions = tagEntities(
    text,
    parsed.blocks.flatMap((block) => block.prose),
  );
  return () => attributeQuotes(findQuoteSpans(parsed, text), parsed, text, mentions).length;
}

/** The CPU time one call of `run` takes, in microseconds. */
function cpuTime(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return used.user + used.system;
}

describe('quote attribution grows with the article, not with its square', () => {
  it('attributes an article of 8n paragraphs in at most 10 times the time of one of n', () => {
    const small = attribution(80);
    const large = attribution(640);
    assert.equal(small(), 400);
    assert.equal(large(), 3200);
    for (let warm = 0; warm < 5; warm++) {
      small();
      large();
    }
    let smallest = Infinity;
    let largest = Infinity;
    // Rounds taken in turn, the least of each kept: a busy machine slows some rounds, never speeds one up.
    for (let round = 0; round < 9; round++) {
      smallest = Math.min(
        smallest,
        cpuTime(() => Array.from({ length: 8 }, small)),
      );
      largest = Math.min(largest, cpuTime(large));
    }
    const ratio = largest / (smallest / 8);
    assert.ok(ratio <= 10, `8n paragraphs took ${ratio.toFixed(1)} times as long as n (a quadratic attribution takes about 64)`);
  });
});

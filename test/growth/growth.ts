import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Growth, not speed: how much more an analysis costs on an input eight
 * times as long. Linear code costs about 8 times as much; code that walks
 * every earlier quote for each quote, or scans the rest of the file for
 * each name, costs 64 times as much. The cost is the CPU time of this
 * process (not the wall clock, which other work on a busy machine
 * stretches). The short input is timed eight times over in one stretch,
 * so both timed stretches last about as long and whatever else the
 * machine does falls on them alike; the least of several turns counts,
 * after three turns of each that warm the JIT and the per-word caches.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'quotes');

/**
 * The body paragraphs of the quote fixtures (our own articles, in the
 * shapes of the sample: names, quotes, speakers, dates), in a fixed order.
 * Long inputs repeat them; what grows is how many names and quotes an
 * article holds.
 */
export function fixtureParagraphs(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.news.txt'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(FIXTURES, name), 'utf8')
        .split(/\n\s*\n/)
        .slice(1)
        .map((block) => block.trim())
        .filter((block) => !block.includes('\n') && block.split(/\s+/).length >= 8 && !/\)$/.test(block)),
    );
}

/** One article of `count` paragraphs under one headline, with a photo block, as a wire story runs. */
export function longArticle(count: number): string {
  const paragraphs = fixtureParagraphs();
  const body = Array.from({ length: count }, (_, index) => paragraphs[index % paragraphs.length]!);
  return (
    [
      'Harbour Pilots Vote to End Strike',
      '5 March 2025, Norway, Tromsø: Pilot boats return to the quay after the vote. (NTB via AP)',
      ...body,
    ].join('\n\n') + '\n'
  );
}

/** `count` stories in one file, each a headline and a few paragraphs, joined by three blank lines as a scraper joins them. */
export function manyStories(count: number): string {
  const paragraphs = fixtureParagraphs();
  const stories = Array.from({ length: count }, (_, index) => {
    const body = [0, 1, 2, 3].map((offset) => paragraphs[(index * 4 + offset) % paragraphs.length]!);
    return [`Harbour Pilots Vote to End Strike, Day ${index + 1}`, ...body].join('\n\n');
  });
  return stories.join('\n\n\n\n') + '\n';
}

function cpuMicros(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

/** Linear code comes to about 8 (n log n code to about 10), quadratic code to 64: the bound on counted operations. */
export const MAX_GROWTH = 10;

/**
 * The bound on CPU time, which a busy machine, the collector and the JIT
 * blur: halfway between linear and quadratic growth on a log scale, so
 * noise never fails linear code and quadratic code never passes.
 */
export const MAX_CPU_GROWTH = 20;

export interface Growth {
  /** Least CPU microseconds of a run on the small input and on the large one. */
  readonly small: number;
  readonly large: number;
  /** large / small. */
  readonly ratio: number;
}

/** How many times longer the large input is than the small one. */
export const GROWTH_FACTOR = 8;

/** Runs the small and the large analysis in turns and compares their least CPU times, the small one's per run. */
export function measureGrowth(onSmall: () => void, onLarge: () => void, turns = 5): Growth {
  const smallStretch = (): void => {
    for (let run = 0; run < GROWTH_FACTOR; run++) onSmall();
  };
  for (let turn = 0; turn < 3; turn++) {
    smallStretch();
    onLarge();
  }
  let small = Infinity;
  let large = Infinity;
  for (let turn = 0; turn < turns; turn++) {
    small = Math.min(small, cpuMicros(smallStretch) / GROWTH_FACTOR);
    large = Math.min(large, cpuMicros(onLarge));
  }
  return { small, large, ratio: large / small };
}

/** `cost of 8n is 8.3× that of n (41.0 ms against 4.9 ms of CPU)`, for assertion messages. */
export function describeGrowth(growth: Growth): string {
  return `cost of 8n is ${growth.ratio.toFixed(1)}× that of n (${(growth.large / 1000).toFixed(1)} ms against ${(growth.small / 1000).toFixed(1)} ms of CPU)`;
}

const ARRAY_INDEX_OF = Array.prototype.indexOf as Method;
const STRING_INDEX_OF = String.prototype.indexOf as Method;
const CALLBACK_METHODS = [
  'every',
  'filter',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
  'forEach',
  'map',
  'reduce',
  'some',
];

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Elements a search passed over: up to the match, or from the start to the end when there is none. */
function passedOver(length: number, from: unknown, found: number, needleLength: number): number {
  const start = Math.max(0, Math.min(length, Number(from) || 0));
  return found === -1 ? length - start : found - start + needleLength;
}

/**
 * Counts the work `work` does in the forms the analysis is written in:
 * every element an array method's callback is called on, every element an
 * array search passes over, and every character a string search
 * (`indexOf`, `includes`) passes over. Unlike time, the count is the same
 * on every machine however busy, so linear code gives the same ratio
 * every run. It misses plain `for` loops and regular expressions, which
 * the CPU time of `measureGrowth` covers.
 */
export function countOperations(work: () => void): number {
  let count = 0;
  const arrays = Array.prototype as unknown as Record<string, Method>;
  const strings = String.prototype as unknown as Record<string, Method>;
  const saved: Array<[Record<string, Method>, string, Method]> = [];
  const replace = (target: Record<string, Method>, name: string, make: (original: Method) => Method): void => {
    saved.push([target, name, target[name]!]);
    target[name] = make(target[name]!);
  };
  for (const name of CALLBACK_METHODS)
    replace(
      arrays,
      name,
      (original) =>
        function (this: unknown, callback: unknown, ...rest: unknown[]) {
          const counted = function (this: unknown, ...args: unknown[]) {
            count++;
            return (callback as Method).apply(this, args);
          };
          return original.call(this, counted, ...rest);
        },
    );
  const searches = (
    target: Record<string, Method>,
    indexOf: Method,
    length: (self: unknown) => number,
    needleLength: (needle: unknown) => number,
  ) => {
    for (const name of ['indexOf', 'includes'])
      replace(
        target,
        name,
        (original) =>
          function (this: unknown, needle: unknown, from?: unknown) {
            count += passedOver(length(this), from, indexOf.call(this, needle, from) as number, needleLength(needle));
            return original.call(this, needle, from);
          },
      );
  };
  searches(
    arrays,
    ARRAY_INDEX_OF,
    (self) => (self as unknown[]).length,
    () => 1,
  );
  searches(
    strings,
    STRING_INDEX_OF,
    (self) => String(self).length,
    (needle) => String(needle).length,
  );
  try {
    work();
  } finally {
    for (const [target, name, original] of saved.reverse()) target[name] = original;
  }
  return count;
}

/**
 * Holds an analysis to linear growth both ways: the operations it counts
 * (the same on every machine), at most `MAX_GROWTH` times for eight times
 * the input, and its CPU time (which covers what the count cannot see),
 * at most `MAX_CPU_GROWTH` times.
 */
export function assertLinear(onSmall: () => void, onLarge: () => void): void {
  // Time first: counting swaps the array and string methods, which sends compiled code back to be compiled again.
  const growth = measureGrowth(onSmall, onLarge);
  const small = countOperations(onSmall);
  const large = countOperations(onLarge);
  assert.ok(small > 0, 'the analysis counted no operations: nothing was measured');
  assert.ok(
    large / small <= MAX_GROWTH,
    `operations of 8n are ${(large / small).toFixed(1)}× those of n (${large.toLocaleString('en-GB')} against ${small.toLocaleString('en-GB')}); ${describeGrowth(growth)}`,
  );
  assert.ok(growth.ratio <= MAX_CPU_GROWTH, describeGrowth(growth));
}

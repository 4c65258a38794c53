// chrono-node's English casual reader, with its patterns rewritten so that
// V8 compiles them quickly.
//
// chrono's patterns bound their whitespace (`\s{0,3}`) and the repetition of
// a duration's parts (`{0,10}`). V8 unrolls bounded quantifiers, and with the
// `i` flag the time-unit patterns (`two weeks ago`, `in three days`) then take
// 80–100 ms each to compile: about 250 ms before the first article's dates in
// a new language server, against 50 ms with the bounds lifted. Lifting them
// only lets more whitespace (or more than ten parts) through, which prose
// stretches never hold. The readings were the same on every paragraph of
// MEANTIME and the benchmark archive when this was written (87,628
// paragraphs); test/dates/chrono.test.ts keeps checking the fixtures.
import * as chrono from 'chrono-node';

/**
 * `\s{0,3}` → `\s*`, and a group's `{0,10}` → `*`. The groups stay as they
 * were, so each parser's `extract` reads the match as before; bounds on
 * digits (`[0-9]{0,3}`) are kept, since they decide what a number is.
 */
export function unboundedSource(source: string): string {
  return source.replace(/\\s\{0,\d+\}/g, '\\s*').replace(/(?<!\\)\)\{0,\d+\}/g, ')*');
}

/** A parser that reads with the unbounded form of each pattern the original builds (each built once per pattern). */
function withUnboundedPattern(parser: chrono.Parser): chrono.Parser {
  const rewritten = new WeakMap<RegExp, RegExp>();
  return {
    pattern(context) {
      const original = parser.pattern(context);
      let pattern = rewritten.get(original);
      if (!pattern) rewritten.set(original, (pattern = new RegExp(unboundedSource(original.source), original.flags)));
      return pattern;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

function casualReader(): chrono.Chrono {
  const configuration = chrono.en.configuration.createCasualConfiguration(false);
  return new chrono.Chrono({ ...configuration, parsers: configuration.parsers.map(withUnboundedPattern) });
}

/** Built on first use, so loading the core compiles no pattern. */
let reader: chrono.Chrono | undefined;

/** The date expressions chrono finds in `text`, read against `instant` in UTC, as `chrono.parse` would give them. */
export function readDates(text: string, instant: Date): chrono.ParsedResult[] {
  reader ??= casualReader();
  return reader.parse(text, { instant, timezone: 0 });
}

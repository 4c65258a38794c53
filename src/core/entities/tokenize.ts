import type { Span } from '../text/span';

/**
 * Words and marks of news text with exact UTF-16 offsets, split the way the
 * tagger's training data was (Penn Treebank style): `Russia's` is `Russia` +
 * `'s`, `don't` is `do` + `n't`, `$107` is `$` + `107`, while `U.S.`,
 * `Jong-un`, `O'Brien`, `6-L`, `1,000.5` and an initial before a name
 * (`A. Surname`) stay whole.
 */
export interface Token extends Span {
  readonly text: string;
  /** True when a line break stands between this token and the one before (or it is the first). */
  readonly lineStart: boolean;
}

/** Abbreviations that keep their full stop (titles, company forms, months, states). */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Rev',
  'St',
  'Jr',
  'Sr',
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Bros',
  'Cos',
  'Mt',
  'No',
  'vs',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Ala',
  'Ariz',
  'Calif',
  'Colo',
  'Conn',
  'Fla',
  'Ga',
  'Ill',
  'Ind',
  'Kan',
  'Ky',
  'La',
  'Md',
  'Mass',
  'Mich',
  'Minn',
  'Miss',
  'Mo',
  'Neb',
  'Nev',
  'Okla',
  'Ore',
  'Pa',
  'Tenn',
  'Va',
  'Wash',
  'Wis',
  'etc',
  'approx',
  'Ave',
  'Blvd',
  'Dept',
  'Univ',
]);

/**
 * One token at a time. Order matters: dotted initialisms, a name's initial
 * (`K.` in `K. Lindqvist`, but not a sentence's last letter before `The`)
 * and `AT&T` before words, then
 * numbers (with inner separators and hyphenated suffixes), then words with
 * inner hyphens and apostrophes, then runs of dashes or dots, then any
 * single other character (a surrogate pair stays whole thanks to the `u` flag).
 */
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?= \p{Lu}\p{Ll})(?! (?:The|A|An|In|On|At|He|She|It|They|We|But|And|This|That|His|Her|Its|Their|There|When|After|As|If|For|With|By|From)\b)|\p{Lu}+&\p{Lu}+|\d+(?:[.,:/]\d+)*(?:-[\p{L}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:[-'\u2019][\p{L}\p{M}\p{N}]+)*|-{2,}|\.{2,}|\S/gu;

/**
 * Hyphenated modifiers split off a name (`EADS-led`, `New York City-based`),
 * so the name stands alone; other hyphens (`Jong-un`, `Coca-Cola`) stay.
 */
const MODIFIER_SUFFIX =
  /^(.*\p{Lu}.*)-(based|led|owned|backed|made|born|run|controlled|funded|style|era|listed|registered|designed|built|bound|related|linked|affiliated|sponsored|supported|brokered|occupied|held|friendly|dominated|centric|wide|compatible|curious|specific|only)$/u;

/** Clitics split off the end of a word: possessive and contractions. */
const CLITIC = /(?:['\u2019](?:s|S|re|ve|ll|d|m)|n['\u2019]t)$/u;

/**
 * The tokens of `text`, a stretch that starts `offset` characters into the
 * article, with offsets into the article.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  let previousEnd = 0;
  let nextLineBreak = text.indexOf('\n');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    while (nextLineBreak >= 0 && nextLineBreak < previousEnd) nextLineBreak = text.indexOf('\n', previousEnd);
    const lineStart = tokens.length === 0 || (nextLineBreak >= 0 && nextLineBreak < start);
    const word = match[0];
    const pieces = splitWord(word, start, text);
    if (pieces === undefined) {
      previousEnd = start + word.length;
      tokens.push({ start: start + offset, end: previousEnd + offset, text: word, lineStart });
    } else {
      pieces.forEach((piece, k) =>
        tokens.push({ start: piece.start + offset, end: piece.end + offset, text: piece.text, lineStart: lineStart && k === 0 }),
      );
      previousEnd = pieces[pieces.length - 1]!.end;
    }
    pattern.lastIndex = previousEnd;
  }
  return tokens;
}

/**
 * A matched word split into its stem and clitic, with an abbreviation's full
 * stop attached; undefined for the word as matched, which is most words.
 */
function splitWord(word: string, start: number, text: string): Array<Span & { text: string }> | undefined {
  // Most words hold neither an apostrophe nor a hyphen: test for the character before running the patterns.
  const clitic = word.includes("'") || word.includes('\u2019') ? CLITIC.exec(word) : null;
  if (clitic && clitic.index > 0) {
    const stemEnd = start + clitic.index;
    return [
      { start, end: stemEnd, text: word.slice(0, clitic.index) },
      { start: stemEnd, end: start + word.length, text: clitic[0] },
    ];
  }
  const modifier = word.includes('-') ? MODIFIER_SUFFIX.exec(word) : null;
  if (modifier) {
    const nameEnd = start + modifier[1]!.length;
    return [
      { start, end: nameEnd, text: modifier[1]! },
      { start: nameEnd, end: nameEnd + 1, text: '-' },
      { start: nameEnd + 1, end: start + word.length, text: modifier[2]! },
    ];
  }
  const end = start + word.length;
  if (text[end] === '.' && ABBREVIATIONS.has(word)) return [{ start, end: end + 1, text: word + '.' }];
  return undefined;
}

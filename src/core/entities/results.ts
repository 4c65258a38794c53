import clubWords from '../lexicon/club-words.json';
import { wordSet } from '../lexicon/word-list';
import type { Span } from '../text/span';
import { listsOf, type Gazetteer } from './gazetteer';
import type { EntityType, Mention } from './mention';

/**
 * Results lines and tables as agency sports copy sets them, one row a line:
 *
 *     1. Anna Berg (Sweden) 1:17.97        a ranked athlete, her country, a time
 *     Ajax 3 PSV Eindhoven 1                a score line: team, goals, team, goals
 *     Chicago 104 Boston 99                 the same in basketball
 *     Ajax 20 15 3 2 45 12 48               a standings row: a team and its numbers
 *
 * Rows hold little prose for the tagger to go by, and their shape says more
 * than their words: the names in a row are typed by where they stand. A team
 * named for a city is the club, an organisation (`Chicago`, `Leeds`); a
 * country standing for a national team or an athlete's nation is a place, as
 * CoNLL's agency copy labels it.
 */

/** A name in a row: capitalised words, initials (`K.`, `J.P.`), and the particles of names. */
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*)(?:\s(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*|van|de|der|den|von|da|di|du|le|la|al|el|bin))*`;
const RANKED = new RegExp(String.raw`^\s*\d{1,3}[.)]?\s+(${NAME})(?:\s+\((${NAME})\))?(?:\s+[\d:.,'"+-]+(?:\s+\S+)?)*\s*$`, 'u');
const SCORE = new RegExp(String.raw`^\s*(${NAME})\s+(\d{1,3})\s+(${NAME})\s+(\d{1,3})\s*$`, 'u');
const STANDINGS = new RegExp(String.raw`^\s*(?:\d{1,3}[.)]?\s+)?(${NAME})(?:\s+[\d:.+-]+){3,}\s*$`, 'u');

const CLUB_WORDS = wordSet(clubWords);

/** No results row runs longer than this. */
const MAX_ROW = 100;

/** What a team's name stands for: a country's national team is a place, anything else (a city's club) an organisation. */
function teamType(name: string, gazetteer: Gazetteer): EntityType {
  return listsOf(name, gazetteer).includes('country') ? 'place' : 'organization';
}

function mentionAt(line: string, lineStart: number, group: string | undefined, from: number, type: EntityType): Mention | undefined {
  if (group === undefined) return undefined;
  const at = line.indexOf(group, from);
  return { start: lineStart + at, end: lineStart + at + group.length, type, text: group };
}

/** The names of one line if it is a results row, else undefined. */
function rowNames(line: string, lineStart: number, gazetteer: Gazetteer): Mention[] | undefined {
  const score = SCORE.exec(line);
  if (score) {
    const first = mentionAt(line, lineStart, score[1], 0, teamType(score[1]!, gazetteer))!;
    const second = mentionAt(line, lineStart, score[3], first.end - lineStart, teamType(score[3]!, gazetteer))!;
    return [first, second];
  }
  const ranked = RANKED.exec(line);
  if (ranked && /\s/u.test(ranked[1]!)) {
    const athlete = mentionAt(line, lineStart, ranked[1], 0, 'person')!;
    const team = mentionAt(line, lineStart, ranked[2], athlete.end - lineStart, ranked[2] ? teamType(ranked[2], gazetteer) : 'place');
    return team ? [athlete, team] : [athlete];
  }
  const standings = STANDINGS.exec(line);
  if (standings) return [mentionAt(line, lineStart, standings[1], 0, teamType(standings[1]!, gazetteer))!];
  return undefined;
}

/** Every results row within `spans`, as the row's stretch and the names in it. */
export function resultRows(text: string, spans: readonly Span[], gazetteer: Gazetteer): Array<{ row: Span; names: Mention[] }> {
  const rows: Array<{ row: Span; names: Mention[] }> = [];
  for (const span of spans) {
    for (const line of text.slice(span.start, span.end).matchAll(/[^\n\r]+/gu)) {
      // Most lines are prose: a row is short, has a digit and no full stop ending a sentence.
      if (line[0].length > MAX_ROW || !/\d/u.test(line[0]) || /[a-z]{2,}[.!?]["'\u201D]?\s*$/u.test(line[0].slice(-6))) continue;
      const start = span.start + line.index;
      const names = rowNames(line[0], start, gazetteer);
      if (names) rows.push({ row: { start, end: start + line[0].length }, names });
    }
  }
  return rows;
}

/**
 * `Bayern Munich`, `Leeds United`, `Real Madrid`: a name holding a club's
 * word and a place's name is the club (unless the gazetteer knows the whole
 * as a place: `Mexico City`).
 */
export function isClubName(name: string, gazetteer: Gazetteer): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.some((word) => CLUB_WORDS.has(word))) return false;
  const isPlace = (lists: readonly string[]): boolean => lists.some((list) => list === 'country' || list === 'city' || list === 'region');
  if (isPlace(listsOf(name, gazetteer))) return false;
  return words.some((word) => !CLUB_WORDS.has(word) && isPlace(listsOf(word, gazetteer)));
}

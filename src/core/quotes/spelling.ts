import { isOfficeWord, isTitleWord } from '../entities/titles';
import nameParticles from '../lexicon/name-particles.json';
import notNameWords from '../lexicon/not-name-words.json';
import { wordSet } from '../lexicon/word-list';
import type { Span } from '../text/span';

export const NAME_PARTICLES = wordSet(nameParticles);
const NOT_NAME_WORDS = wordSet(notNameWords);
const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u;
/** Last words of organisations' names, whose leading capitalised words (`National`, `Royal`) belong to the name. */
export const ORGANISATION_END =
  /^(?:Authority|Agency|Network|Union|Company|Corporation|Service|Council|Office|Alliance|Association|Group|Bank|Ministry|Department|Commission|Committee|Institute|Board|Federation|Party|Police|Guard|Army|Navy|Court|Parliament|Government|Administration|Airlines|Airways|Railways|Post|Mail|Trust|Fund|Foundation|University|Hospital|League|Coalition|Front|Movement|Organization|Organisation)$/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * Where each word of an article's stretch of text stands, read once: the
 * places a name is written are looked up by its first word instead of
 * searched for through the text (and past the article, in a file of many).
 */
export class WordPlaces {
  private readonly places = new Map<string, number[]>();
  /** Every word's start, in text order. */
  readonly starts: number[] = [];
  /** The word starting at each of `starts`. */
  readonly words: string[] = [];

  constructor(
    readonly text: string,
    private readonly scope: Span,
  ) {
    const words = new RegExp(WORD_RUN.source, WORD_RUN.flags);
    words.lastIndex = scope.start;
    for (let match = words.exec(text); match && match.index < scope.end; match = words.exec(text)) {
      // A word the scope's start cuts into starts before the scope.
      if (match.index > 0 && WORD_CHARACTER.test(text[match.index - 1]!)) continue;
      const at = this.places.get(match[0]);
      if (at) at.push(match.index);
      else this.places.set(match[0], [match.index]);
      this.starts.push(match.index);
      this.words.push(match[0]);
    }
  }

  /** Every place `form` stands as whole words inside the scope, in text order. */
  of(form: string): number[] {
    const first = firstWord(form);
    return first ? (this.places.get(first) ?? []).filter((at) => this.stands(form, at)) : [];
  }

  /** Whether `form` stands at `at` as whole words inside the scope. */
  stands(form: string, at: number): boolean {
    return at + form.length <= this.scope.end && this.text.startsWith(form, at) && !WORD_CHARACTER.test(this.text[at + form.length] ?? ' ');
  }
}

/** The first run of letters and digits a name starts with, by which `WordPlaces` files it. */
export function firstWord(form: string): string | undefined {
  return /^[\p{L}\p{N}]+/u.exec(form)?.[0];
}

/** A speaker's name as spelt in full (`fullestSpelling`), worked out once per name and article. */
export type SpellName = (name: string) => string;

export function speakerSpelling(places: () => WordPlaces): SpellName {
  const spelt = new Map<string, string>();
  return (name) => {
    let fullest = spelt.get(name);
    if (fullest === undefined) spelt.set(name, (fullest = fullestSpelling(name, places())));
    return fullest;
  };
}

/**
 * The fullest way the article writes a speaker's name, read from the text
 * itself where the tagger caught only part of it: `Haugland` → `Tor Arne
 * Haugland`, `Van den Berg` → `Pieter van den Berg`, `Yoon` → `Yoon
 * Ji-hoon`, `Maritime Authority` → `Norwegian Maritime Authority`. Each
 * place the name stands (its first letter in either case, for a particle
 * that opened a sentence) is widened over the capitalised words and name
 * particles joined to it by single spaces; a person's title is left out.
 */
function fullestSpelling(name: string, places: WordPlaces): string {
  const organisation = ORGANISATION_END.test(name.split(/\s+/u).at(-1)!);
  let fullest = name;
  for (const form of new Set([name, name[0]!.toLowerCase() + name.slice(1)])) {
    for (const at of places.of(form)) {
      const widened = widenedName(places.text, at, at + form.length, organisation);
      if (widened.split(/\s+/u).length > fullest.split(/\s+/u).length) fullest = widened;
    }
  }
  return fullest;
}

function widenedName(text: string, start: number, end: number, organisation: boolean): string {
  let from = start;
  for (;;) {
    const before = /(\S+) $/u.exec(text.slice(Math.max(0, from - 40), from));
    if (!before) break;
    const word = before[1]!;
    // A person's name starts after the title and the office (`Minister for European Affairs Olga Stefanishyna`).
    const fits =
      (CAPITALISED_NAME_WORD.test(word) && !NOT_NAME_WORDS.has(word) && (organisation || (!isTitleWord(word) && !isOfficeWord(word)))) ||
      NAME_PARTICLES.has(word);
    if (!fits) break;
    from -= word.length + 1;
  }
  // A particle opens no name (`de Vries` stays, `the de` does not).
  while (NAME_PARTICLES.has(text.slice(from, text.indexOf(' ', from)))) from = text.indexOf(' ', from) + 1;
  let to = end;
  for (;;) {
    // A particle continues a name only into a capitalised word: `Ana Paula dos Santos`.
    const after = /^( (?:[a-z]{1,4} )?)(\p{Lu}[\p{L}\p{M}-]*)(?![\p{L}\p{M}'\u2019.-])/u.exec(text.slice(to, to + 40));
    const particle = after?.[1]!.trim();
    if (!after || NOT_NAME_WORDS.has(after[2]!) || isTitleWord(after[2]!) || (particle && !NAME_PARTICLES.has(particle))) break;
    to += after[0].length;
  }
  return text.slice(from, to);
}

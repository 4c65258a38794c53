import organisationEndings from '../lexicon/organisation-endings.json';
import { isOfficeWord, isTitleWord } from '../entities/titles';
import nameParticles from '../lexicon/name-particles.json';
import notNameWords from '../lexicon/not-name-words.json';
import { wordSet } from '../lexicon/word-list';
import type { Span } from '../text/span';
import type { MentionIndex } from './mention-index';
import { isSpace } from './spaces';
import { isSpeakerTitle } from './speaker-titles';

export const NAME_PARTICLES = wordSet(nameParticles);
const NOT_NAME_WORDS = wordSet(notNameWords);
const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u;
/** Last words of organisations' names, whose leading capitalised words (`National`, `Royal`) belong to the name. */
export const ORGANISATION_END: ReadonlySet<string> = wordSet(organisationEndings);
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const PREPOSITION_BEFORE = /(?:^|\s)(?:of|for|at|in|from|to|with|by|on)\s$/u;

/** Whether the capitalised `word` at `at` can be the front of a person's name. */
function joinsPerson(text: string, word: string, at: number, mentions: MentionIndex): boolean {
  if (isTitleWord(word) || isOfficeWord(word) || isSpeakerTitle(word)) return false;
  if (word.endsWith('.') && !/^\p{Lu}\.$/u.test(word)) return false;
  if (/^\p{Lu}{2,}$/u.test(word.replace(/[^\p{L}]/gu, ''))) return false;
  if (mentions.holding(at, at + word.length).some((mention) => mention.type !== 'person')) return false;
  return !PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;

/**
 * Where each capitalised word of an article stands, read once: the places a
 * name is written are looked up, by its first capitalised word and the one
 * after it, instead of searched for through the text (and past the article,
 * in a file of many stories). The pair keeps the look-up short where many
 * people share a given name.
 */
export class WordPlaces {
  private readonly places = new Map<string, number[]>();

  constructor(
    readonly text: string,
    private readonly scope: Span,
  ) {
    const runs = new RegExp(CAPITALISED_RUN.source, CAPITALISED_RUN.flags);
    runs.lastIndex = scope.start;
    let previous: RegExpExecArray | undefined;
    for (let match = runs.exec(text); match && match.index < scope.end; match = runs.exec(text)) {
      file(this.places, match[0], match.index);
      // `Ingrid Dahl`, `Jean-Luc`: two capitalised words one character apart.
      if (previous && previous.index + previous[0].length + 1 === match.index)
        file(this.places, text.slice(previous.index, match.index + match[0].length), previous.index);
      previous = match;
    }
  }

  /** Every place `form` stands as whole words inside the scope, in text order. */
  of(form: string): number[] {
    const first = new RegExp(CAPITALISED_RUN.source, 'u').exec(form);
    if (!first) return [];
    const after = first.index + first[0].length;
    const second = /^[^\p{L}\p{N}]\p{Lu}[\p{L}\p{N}]*/u.exec(form.slice(after));
    const key = second ? form.slice(first.index, after + second[0].length) : first[0];
    return (this.places.get(key) ?? []).map((at) => at - first.index).filter((at) => this.stands(form, at));
  }

  /** Whether `form` stands at `at` as whole words inside the scope. */
  stands(form: string, at: number): boolean {
    const { text, scope } = this;
    if (at < scope.start || at + form.length > scope.end || !text.startsWith(form, at)) return false;
    return !WORD_CHARACTER.test(text[at - 1] ?? ' ') && !WORD_CHARACTER.test(text[at + form.length] ?? ' ');
  }
}

/** How many names are searched for through the text before the article's words are indexed instead. */
const SEARCHES = 16;

/**
 * Where a name stands in an article: searched for through the article's own
 * text while few names are asked for (most articles), looked up in
 * `WordPlaces` once many are, so that an article with hundreds of speakers
 * is read once, not once a speaker.
 */
export class NamePlaces {
  private index?: WordPlaces;
  private searched = 0;
  private story?: string;

  constructor(
    readonly text: string,
    private readonly scope: Span,
    private readonly indexed: () => WordPlaces,
  ) {}

  of(form: string): number[] {
    if (this.index || ++this.searched > SEARCHES) return (this.index ??= this.indexed()).of(form);
    const story = (this.story ??= this.text.slice(this.scope.start, this.scope.end));
    const found: number[] = [];
    for (let at = story.indexOf(form); at >= 0; at = story.indexOf(form, at + 1)) {
      const offset = this.scope.start + at;
      if (!WORD_CHARACTER.test(this.text[offset - 1] ?? ' ') && !WORD_CHARACTER.test(this.text[offset + form.length] ?? ' '))
        found.push(offset);
    }
    return found;
  }
}

function file(places: Map<string, number[]>, key: string, at: number): void {
  const filed = places.get(key);
  if (filed) filed.push(at);
  else places.set(key, [at]);
}

/** A speaker's name as spelt in full (`fullestSpelling`), worked out once per name and article. */
export type SpellName = (name: string) => string;

export function speakerSpelling(places: NamePlaces, mentions: MentionIndex): SpellName {
  const spelt = new Map<string, string>();
  return (name) => {
    let fullest = spelt.get(name);
    if (fullest === undefined) spelt.set(name, (fullest = fullestSpelling(name, places, mentions)));
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
function fullestSpelling(name: string, places: NamePlaces, mentions: MentionIndex): string {
  const organisation = ORGANISATION_END.has(name.split(/\s+/u).at(-1)!);
  let fullest = name;
  for (const form of new Set([name, name[0]!.toLowerCase() + name.slice(1)])) {
    for (const at of places.of(form)) {
      const widened = widenedName(places.text, at, at + form.length, organisation ? undefined : mentions);
      if (widened.split(/\s+/u).length > fullest.split(/\s+/u).length) fullest = widened;
    }
  }
  return fullest;
}

/**
 * A name widened over the capitalised words before and after it. A
 * person's name (`mentions` given) takes in no title or office, no acronym
 * (`NASA Administrator`), nothing inside another name (`President of the
 * United States Barack Obama`) and nothing after a preposition (`Commissioner
 * for Competition Neelie Kroes`).
 */
/** The word that ends one space before `at`, if a word does. */
function wordBefore(text: string, at: number): string | undefined {
  if (text[at - 1] !== ' ') return undefined;
  let start = at - 1;
  while (start > 0 && at - start < 41 && !isSpace(text.charCodeAt(start - 1))) start--;
  return start < at - 1 ? text.slice(start, at - 1) : undefined;
}

function widenedName(text: string, start: number, end: number, mentions: MentionIndex | undefined): string {
  let from = start;
  for (;;) {
    const word = wordBefore(text, from);
    if (!word) break;
    const at = from - word.length - 1;
    const fits =
      (CAPITALISED_NAME_WORD.test(word) && !NOT_NAME_WORDS.has(word) && (!mentions || joinsPerson(text, word, at, mentions))) ||
      NAME_PARTICLES.has(word);
    if (!fits) break;
    from = at;
  }
  // A particle opens no name (`de Vries` stays, `the de` does not).
  while (NAME_PARTICLES.has(text.slice(from, text.indexOf(' ', from)))) from = text.indexOf(' ', from) + 1;
  let to = end;
  for (;;) {
    // A particle continues a name only into a capitalised word: `Ana Paula dos Santos`; an organisation's
    // name runs on over `for` and `of` too: `Federal Agency for Technical Relief`.
    const after = /^( (?:[a-z]{1,4} )?)(\p{Lu}[\p{L}\p{M}-]*)(?![\p{L}\p{M}'\u2019.-])/u.exec(text.slice(to, to + 40));
    const particle = after?.[1]!.trim();
    const joins = !particle || NAME_PARTICLES.has(particle) || (!mentions && /^(?:for|of|on)$/u.test(particle));
    if (!after || NOT_NAME_WORDS.has(after[2]!) || (mentions && isTitleWord(after[2]!)) || !joins) break;
    to += after[0].length;
  }
  return text.slice(from, to);
}

import type { Mention } from '../entities/mention';
import { isOfficeWord, isRoleNoun, isTitleWord, withoutOfficeWords } from '../entities/titles';
import notNameWords from '../lexicon/not-name-words.json';
import partyNames from '../lexicon/party-names.json';
import speakerNouns from '../lexicon/speaker-nouns.json';
import { lowerCaseSet, wordSet } from '../lexicon/word-list';
import type { Span } from '../text/span';
import type { ArticleText } from './article-text';
import type { MentionIndex } from './mention-index';
import type { SpeakerKind } from './model';
import { isGivenName, sexOfName } from './sex';
import { isSpeakerTitle } from './speaker-titles';
import { isSpace } from './spaces';
import { isSpeechVerb } from './speech-verbs';
import { NAME_PARTICLES, ORGANISATION_END } from './spelling';

const SPEAKER_NOUNS = lowerCaseSet(speakerNouns);
const NOT_NAME_WORDS = wordSet(notNameWords);
const PARTY_NAMES = wordSet(partyNames);
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u;
const PRONOUNS = /^(?:he|she|they|it|we|i)$/iu;
const PREPOSITION =
  /^(?:of|from|at|for|in|with|to|by|on|near|inside|outside|during|after|before|as|about|over|when|while|alongside|among|behind|beside|against|toward|towards|under|via)$/u;
/** Words between a subject and its speech verb: `Obama also said`, `Jobs has said`, `the company later said`. */
const BETWEEN_SUBJECT_AND_VERB =
  /(?:\s+(?:also|has|had|have|later|then|once|previously|again|further|recently|reportedly|would|will|had\s+earlier|earlier|today|yesterday|simply|only|even|still|just|already|repeatedly|publicly|quickly))+$/iu;

/** The words that say who spoke, what they are, and for a name the name itself, without its titles. */
export interface SpeakerWords extends Span {
  readonly kind: SpeakerKind;
  readonly name?: Mention;
}

/** A run of words with its place: what the phrase readers work on. */
interface Word extends Span {
  readonly text: string;
}

function wordsOf(t: Pick<ArticleText, 'slice'>, start: number, end: number): Word[] {
  const text = t.slice(start, end);
  const words: Word[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (space && from >= 0) {
      words.push({ start: start + from, end: start + i, text: text.slice(from, i) });
      from = -1;
    } else if (!space && from < 0) from = i;
  }
  return words;
}

const LEADING_JUNK = new Set([',', ';', ':', '"', '\u201C', '\u201D', '_']);
const TRAILING_JUNK = new Set([',', ';', ':', '"', '\u201C', '\u201D', ')']);

function trimmed(t: ArticleText, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && (LEADING_JUNK.has(t.char(from)) || isSpace(t.char(from).charCodeAt(0)))) from++;
  for (;;) {
    while (to > from && (TRAILING_JUNK.has(t.char(to - 1)) || isSpace(t.char(to - 1).charCodeAt(0)))) to--;
    // The sentence's own stop, not an abbreviation's (`Jr.`, `Inc.`).
    const last = t.char(to - 1);
    if (to > from && (last === '.' || last === '!' || last === '?') && t.endsSentence(to - 1)) to--;
    else break;
  }
  return { start: from, end: to };
}

/** The words before `name` that title it (`Sen. Lisa Hart`, `President Barack Obama`), taken into the speaker's words. */
function withTitles(t: ArticleText, name: Mention, floor: number): Span {
  let start = name.start;
  for (let taken = 0; taken < 3; taken++) {
    const before = /(\S+)\s+$/u.exec(t.slice(Math.max(floor, start - 30), start));
    if (!before || !/^\p{Lu}/u.test(before[1]!) || !isSpeakerTitle(before[1]!)) break;
    start -= before[0].length;
  }
  return { start, end: name.end };
}

/** A bare title (`the Minister`), a party (`Labour`) or a weekday: words that describe a speaker or name none. */
function namesNoOne(name: string): boolean {
  const words = name.split(/\s+/u).map((word) => word.replace(/[.,]$/u, ''));
  return PARTY_NAMES.has(name) || words.every((word) => isTitleWord(word) || isSpeakerTitle(word) || NOT_NAME_WORDS.has(word));
}

function joinsName(word: string, isLast: boolean): boolean {
  return (NAME_TOKEN.test(word) || (!isLast && NAME_PARTICLES.has(word)) || word === '&') && !/[,;:]$/.test(word) && !/_/.test(word);
}

/**
 * The name ending at `end`: the tagger's mention ending there, or else the
 * run of capitalised words ending there, less the titles and offices before
 * the name itself (`Chief Executive Officer Tom Enders` → `Tom Enders`) and
 * any other name the run reaches back into (`Chrysler LLC Jim Press`).
 */
export function nameEndingAt(t: ArticleText, mentions: MentionIndex, end: number, floor: number): Mention | undefined {
  const exact = mentions.endingAt(end).find((mention) => mention.start >= floor && !namesNoOne(mention.text));
  if (exact?.type === 'person') return withoutOfficeWords(exact);
  if (exact) return personAtEnd(t, mentions, exact) ?? exact;
  const words = wordsOf(t, floor, end);
  let first = words.length;
  while (first > 0 && joinsName(words[first - 1]!.text, first === words.length)) first--;
  let run = words.slice(first);
  const other = run.findLastIndex((word) => mentions.holding(word.start, word.end).length > 0);
  if (other >= 0) run = run.slice(other + 1);
  let name = run.length;
  while (name > 0 && !isTitleWord(run[name - 1]!.text) && !isOfficeWord(run[name - 1]!.text) && !isSpeakerTitle(run[name - 1]!.text))
    name--;
  const kept = (name < run.length ? run.slice(name) : run).filter((word, index) => index > 0 || !/^(?:The|A|An)$/.test(word.text));
  while (kept.length > 0 && (NAME_PARTICLES.has(kept[0]!.text) || kept[0]!.text === '&')) kept.shift();
  const given = givenNameAt(kept, mentions);
  if (given > 0) kept.splice(0, given);
  if (kept.length === 0 || kept.every((word) => NOT_NAME_WORDS.has(word.text.replace(/[.,]$/u, '')))) return undefined;
  if (namesNoOne(kept.map((word) => word.text).join(' '))) return undefined;
  const start = kept[0]!.start;
  return { start, end, text: t.text.slice(start, end), type: 'other' };
}

/**
 * Where a person's name starts inside a longer run of capitalised words, by
 * its given name, after the name of a body or a place: `Chrysler LLC Jim
 * Press`, `Fort Pitt Capital Group Charlie Smith`, `Washington Chris
 * Gregoire`, which the tagger may take whole (but not `New York Times` or
 * `Nguyen Van Minh`).
 */
function givenNameAt(words: readonly Word[], mentions: MentionIndex): number {
  const given = words.findIndex((word, index) => index > 0 && isGivenName(word.text) && !isGivenName(words[index - 1]!.text));
  if (given <= 0 || words.length - given > 3 || words.length - given < 2) return -1;
  const head = words.slice(0, given).map((word) => word.text);
  const last = head.at(-1)!;
  const body = /^\p{Lu}{2,}$/u.test(last) || ORGANISATION_END.has(last) || mentions.namesAThing(head.join(' '));
  return body ? given : -1;
}

/** The person at the end of a name the tagger took for an organisation's or a place's, as its own name. */
export function personAtEnd(t: Pick<ArticleText, 'slice' | 'text'>, mentions: MentionIndex, mention: Mention): Mention | undefined {
  const words = wordsOf(t, mention.start, mention.end);
  const given = givenNameAt(words, mentions);
  if (given <= 0) return undefined;
  const start = words[given]!.start;
  return { start, end: mention.end, text: t.text.slice(start, mention.end), type: 'other' };
}

/** The name starting at `start`, after any titles: `Bolden` in `Bolden to the gathered crowd`, `Mr. Hart` → `Hart`. */
export function nameStartingAt(t: ArticleText, mentions: MentionIndex, start: number, end: number): Mention | undefined {
  const words = wordsOf(t, start, end);
  let first = 0;
  while (first < words.length - 1 && isSpeakerTitle(words[first]!.text)) first++;
  if (words[first] && /^(?:the)$/iu.test(words[first]!.text)) first++;
  const from = words[first];
  if (!from) return undefined;
  const tagged = mentions.within(from.start, end)[0];
  if (tagged && tagged.start === from.start && !namesNoOne(tagged.text))
    return tagged.type === 'person' ? withoutOfficeWords(tagged) : tagged;
  let last = first;
  while (last < words.length && joinsName(words[last]!.text, false)) last++;
  while (last > first && !NAME_TOKEN.test(words[last - 1]!.text)) last--;
  if (last === first || NOT_NAME_WORDS.has(from.text)) return undefined;
  const to = words[last - 1]!.end;
  if (namesNoOne(t.text.slice(from.start, to))) return undefined;
  return { start: from.start, end: to, text: t.text.slice(from.start, to), type: 'other' };
}

const DETERMINER = /^(?:a|an|the|one|another|some|many|several|most|two|three|four|its|his|her|their|our|other|few|both|all)$/iu;
/** Words that make a phrase a clause, not a description of a speaker: `the update will be`, `Key said he`. */
function isClauseWord(word: string): boolean {
  const key = word.toLowerCase();
  return AUXILIARIES.has(key) || isSpeechVerb(key);
}

const AUXILIARIES = new Set(
  'will would is was are were be been has have had can could should may might must did does do he she they it we i'.split(' '),
);

/**
 * A phrase that describes who spoke without naming them: `a spokeswoman
 * for the company`, `officials`, `the newspaper`, `USAF officials`, `the
 * report's authors`. Its head (the word before its first preposition, or its
 * last word) is a speaker noun, and it holds no verb.
 */
export function isDescription(t: ArticleText, span: Span): boolean {
  const words = wordsOf(t, span.start, span.end).map((word) => word.text.replace(/[^\p{L}'\u2019-]/gu, ''));
  if (words.length === 0 || words.length > 14 || words.some(isClauseWord)) return false;
  const preposition = words.findIndex((word, index) => index > 0 && PREPOSITION.test(word));
  const head = words[(preposition > 0 ? preposition : words.length) - 1]!.toLowerCase();
  if (!SPEAKER_NOUNS.has(head)) return false;
  return DETERMINER.test(words[0]!) || /['\u2019]s?$/u.test(words[0]!) || !PREPOSITION.test(words[0]!.toLowerCase());
}

/** A word that may stand before a name as its title or role: `the`, `leader`, `engineer`, `Mayor`. */
function isRoleWord(word: string): boolean {
  const key = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
  return DETERMINER.test(key) || SPEAKER_NOUNS.has(key) || isRoleNoun(key) || isTitleWord(key) || isSpeakerTitle(key);
}

/** What one comma-separated part of a speaker phrase is. */
export type Part =
  | { readonly kind: 'pronoun'; readonly span: Span }
  | { readonly kind: 'name'; readonly span: Span; readonly name: Mention }
  | { readonly kind: 'description'; readonly span: Span }
  | { readonly kind: 'other'; readonly span: Span };

/**
 * Reads one part of a speaker phrase: a pronoun; a name, titled or not,
 * after a role in lower case (`chairman Dieter Zetsche`), or opening the
 * part before a preposition (`Bolden to the gathered crowd`, `Lydia
 * Buchtmann for Food Standards Australia`); a description, even one ending
 * in a name after a preposition (`a professor from the University of
 * Michigan`, `a hotel manager in Inverlocht`); or something else.
 */
/** The longest part that may still name or describe a speaker: `the vice president and chairman of Chrysler LLC Jim Press` and more. */
const LONGEST_PART = 120;

export function readPart(t: ArticleText, mentions: MentionIndex, raw: Span): Part {
  const span = trimmed(t, raw.start, raw.end);
  // A clause, not the words of a speaker: read no further (it is read for every quote).
  if (span.end - span.start > LONGEST_PART) return { kind: 'other', span };
  // `Prime Minister John Howard and industry minister Ian MacDonald`: of two speakers, the first.
  const and = / and /u.exec(t.slice(span.start, span.end));
  if (and) {
    const first = readOnePart(t, mentions, { start: span.start, end: span.start + and.index });
    const second = readOnePart(t, mentions, { start: span.start + and.index + 5, end: span.end });
    if (first.kind === 'name' && second.kind === 'name') return first;
  }
  return readOnePart(t, mentions, span);
}

function readOnePart(t: ArticleText, mentions: MentionIndex, raw: Span): Part {
  const span = trimmed(t, raw.start, raw.end);
  const words = wordsOf(t, span.start, span.end);
  if (words.length === 0) return { kind: 'other', span };
  if (words.length === 1 && PRONOUNS.test(words[0]!.text)) return { kind: 'pronoun', span };
  const opening = nameStartingAt(t, mentions, span.start, span.end);
  const rest = opening && wordsOf(t, opening.end, span.end);
  const opens = opening && rest && (rest.length === 0 || PREPOSITION.test(rest[0]!.text)) && !loneCapital(t, mentions, opening);
  if (opens && opening.type === 'person') return { kind: 'name', span, name: opening };
  // `Peter Boockvar an equity strategist for Miller Tabak`: a person, and what they are, with no comma between.
  if (
    opening?.type === 'person' &&
    rest &&
    /^(?:a|an)$/u.test(rest[0]?.text ?? '') &&
    isDescription(t, { start: rest[0]!.start, end: span.end })
  )
    return { kind: 'name', span, name: opening };
  const ending = nameEndingAt(t, mentions, span.end, span.start);
  if (ending && !loneCapital(t, mentions, ending)) {
    const lead = wordsOf(t, span.start, ending.start).filter((word) => !/^(?:the|The)$/u.test(word.text) && !isSpeakerTitle(word.text));
    const indefinite = lead.length > 0 && /^(?:a|an|A|An|one|One)$/u.test(lead[0]!.text) && ending.type !== 'person';
    // `The secretary general of CEI (Italian Episcopal Conference)`: someone's office at a body, not the body.
    const office =
      ending.type !== 'person' &&
      mentions.at(ending) !== undefined &&
      lead.some((word) => PREPOSITION.test(word.text)) &&
      lead.some((word) => SPEAKER_NOUNS.has(word.text.toLowerCase()));
    const described = lead.length > 0 && (PREPOSITION.test(lead.at(-1)!.text) || indefinite || office);
    // A person's name may follow a long office: `Chief investment officer at Fort Pitt Capital Group Charlie Smith`.
    const longest = ending.type === 'person' || !mentions.at(ending) ? 9 : 6;
    if (!described && lead.length <= longest) return { kind: 'name', span, name: ending };
  }
  if (opens) return { kind: 'name', span, name: opening };
  return isDescription(t, span) ? { kind: 'description', span } : { kind: 'other', span };
}

/**
 * A lone capitalised word opening its sentence (`Residents described …`,
 * `Speaking to the press, …`) is only a capital letter, unless the tagger
 * found a name there, the article names someone by it (`Henriksen said`
 * after `Lars Henriksen`) or it is an acronym.
 */
function loneCapital(t: ArticleText, mentions: MentionIndex, name: Mention): boolean {
  if (name.type !== 'other' || /\s/u.test(name.text) || name.text === name.text.toUpperCase()) return false;
  if (mentions.at(name) || mentions.endsAName(name.text)) return false;
  const block = t.blockAt(name.start)?.block;
  return !block || t.sentenceStart(name.start, block) === name.start;
}

/** The comma-separated parts of `[start, end)`, in text order. */
export function partsOf(t: ArticleText, start: number, end: number): Span[] {
  const parts: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (t.char(i) !== ',') continue;
    parts.push({ start: from, end: i });
    from = i + 1;
  }
  parts.push({ start: from, end });
  return parts.filter((part) => t.slice(part.start, part.end).trim() !== '');
}

/**
 * Who a chain of parts names: a pronoun standing first; else the first
 * person's name (`said chief investment officer at Solaris, Tim Ghriskey`;
 * `Smith, the head of the union, said`); else the first name; else the
 * first description.
 */
export function speakerOfParts(t: ArticleText, parts: readonly Part[]): SpeakerWords | undefined {
  if (parts[0]?.kind === 'pronoun') return { ...parts[0].span, kind: 'pronoun' };
  const names = parts.filter((part): part is Extract<Part, { kind: 'name' }> => part.kind === 'name');
  // A person before an organisation: `The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino`.
  const named = names.find((part) => part.name.type === 'person') ?? names.find((part) => part.name.type === 'other') ?? names[0];
  if (named) return { ...withTitles(t, named.name, named.span.start), kind: 'named', name: named.name };
  const described = parts.find((part) => part.kind === 'description');
  return described ? { ...described.span, kind: 'description' } : undefined;
}

const RELATIVE = /^(?:who|whose|which|whom|where)\b/u;
const WHO_BEFORE_VERB = /,\s*who(?:\s+(?:has|had|have|is|was|once|also))*\s*$/u;

/**
 * The subject of a speech verb at `verbAt`, read back from the verb over the
 * parts of the phrase from `floor`: `Professor Eastman said`, `the company
 * later said`, `Smith, the head of the union, said`, `Mayor José Carlos da
 * Silva, who has called`. A `whole` phrase (between a closing mark and its
 * verb) is a subject from end to end; otherwise the subject may close a
 * longer clause (`Following the vote, chairman Dieter Zetsche said`).
 */
export function subjectBefore(
  t: ArticleText,
  mentions: MentionIndex,
  floor: number,
  verbAt: number,
  whole: boolean,
): SpeakerWords | undefined {
  let end = verbAt;
  while (end > floor && /\s/u.test(t.char(end - 1))) end--;
  // End-anchored patterns, read over the words just before the verb only.
  const who = WHO_BEFORE_VERB.exec(t.slice(Math.max(floor, end - 80), end));
  if (who) end -= who[0].length;
  const between = BETWEEN_SUBJECT_AND_VERB.exec(t.slice(Math.max(floor, end - 80), end));
  if (between) end -= between[0].length;
  const chain: Part[] = [];
  for (const span of partsOf(t, floor, end).reverse()) {
    // Relative clauses, participles and prepositional appositions (`, of the University of NSW,`,
    // `, speaking at a press conference alongside Paulson,`) name no one.
    const words = t.slice(span.start, span.end).trim();
    const first = words.split(/\s/u)[0]!;
    if (RELATIVE.test(words) || (chain.length === 0 && (PREPOSITION.test(first) || /^\p{Ll}+ing$/u.test(first)))) continue;
    const part = readPart(t, mentions, span);
    if (part.kind === 'other') {
      if (whole && chain.length === 0) return undefined;
      // `Following some speculation …, chairman Dieter Zetsche denied`: the subject is the part's end.
      if (chain.length === 0) {
        const tail = tailName(t, mentions, part.span);
        if (tail) chain.unshift(tail);
      }
      break;
    }
    chain.unshift(part);
    if (part.kind === 'pronoun') break;
  }
  return speakerOfParts(t, chain);
}

/** A pronoun or name ending a longer part: `Following the vote he said`, `…, chairman Dieter Zetsche`. */
function tailName(t: ArticleText, mentions: MentionIndex, whole: Span): Part | undefined {
  // A name closing a clause is among its last words.
  const span = { start: Math.max(whole.start, whole.end - LONGEST_PART), end: whole.end };
  while (span.start > whole.start && !isSpace(t.char(span.start - 1).charCodeAt(0))) span.start++;
  const words = wordsOf(t, span.start, span.end);
  const last = words.at(-1);
  if (last && PRONOUNS.test(last.text) && last.text !== 'it' && last.text !== 'It') return { kind: 'pronoun', span: last };
  const name = nameEndingAt(t, mentions, span.end, span.start);
  if (!name || name.start === span.start) return undefined;
  const before = t.slice(span.start, name.start).trimEnd().split(/\s+/u).at(-1) ?? '';
  // After a capital, only a title or office ends before a person's name: `Commissioner for Competition Neelie Kroes`.
  const titled = isRoleWord(before) || (isGivenName(name.text.split(' ')[0]!) && name.text.includes(' '));
  if (PREPOSITION.test(before) || (/^\p{Lu}/u.test(before) && !titled)) return undefined;
  return { kind: 'name', span: { start: name.start, end: span.end }, name };
}

/**
 * Who a sentence is about: the person its subject names, read from its
 * first parts (`Jean-Claude Trichet, the bank's president, warned …`,
 * `The current mayor, Sofia Berg, said …`, `Council leader Fiona MacLeod
 * toured …`), passing over an opening quote or adverbial (`On Tuesday,`).
 */
export function subjectOfSentence(t: ArticleText, mentions: MentionIndex, start: number, end: number): Mention | undefined {
  const parts = partsOf(t, start, end).slice(0, 4);
  let described = false;
  for (const [index, span] of parts.entries()) {
    const part = trimmed(t, span.start, span.end);
    const words = wordsOf(t, part.start, part.end);
    if (words.length === 0 || /^_+$/u.test(words[0]!.text.replace(/[^_\p{L}]/gu, ''))) continue;
    const opener = words[0]!.text;
    // `On Tuesday,`, `Following some speculation …,`: an adverbial before the subject.
    if ((PREPOSITION.test(opener.toLowerCase()) && opener !== opener.toUpperCase()) || /^\p{Lu}\p{Ll}+ing$/u.test(opener)) continue;
    // Before the name stand only its titles, roles and determiners: `Council leader`, `The engineer`.
    const leading = words.findIndex((word) => !/^\p{Lu}/u.test(word.text) && !isRoleWord(word.text));
    const leadEnd = leading < 0 ? part.end : leading > 0 ? words[leading - 1]!.end : part.start;
    // The name nearest the verb: `Labour's Shadow Home Secretary Yvette Cooper said`.
    const person = mentions.within(part.start, leadEnd).findLast((mention) => mention.type === 'person');
    if (person) return withoutOfficeWords(person);
    // `Labour's Shadow Home Secretary Yvette Cooper said`: the name after the titles.
    const titled = leadEnd > part.start ? nameEndingAt(t, mentions, leadEnd, part.start) : undefined;
    const title = titled && wordsOf(t, part.start, titled.start).at(-1)?.text;
    if (titled && title && isRoleWord(title) && titled.type !== 'place' && looksLikePerson(t, mentions, titled, true)) return titled;
    const opening = nameStartingAt(t, mentions, part.start, part.end);
    const beside = () => described || (parts[index + 1] !== undefined && readPart(t, mentions, parts[index + 1]!).kind === 'description');
    if (opening && looksLikePerson(t, mentions, opening, beside)) return opening;
    if (!isDescription(t, part)) return personBeforeVerb(t, mentions, start, end);
    described = true;
  }
  return personBeforeVerb(t, mentions, start, end);
}

/**
 * A person named right before a verb (`…, chairman Dieter Zetsche denied
 * allegations`), after the sentence's start, a comma or a role: the subject
 * of a sentence whose opening clause holds no name.
 */
function personBeforeVerb(t: ArticleText, mentions: MentionIndex, start: number, end: number): Mention | undefined {
  for (const mention of mentions.within(start, end)) {
    if (mention.type !== 'person') continue;
    const next = /^\s+(\p{Ll}+)/u.exec(t.slice(mention.end, Math.min(end, mention.end + 30)))?.[1];
    const before = wordsOf(t, Math.max(start, mention.start - 30), mention.start).at(-1)?.text;
    const opens = before === undefined || before.endsWith(',') || isRoleWord(before);
    if (next && /(?:ed|s)$/u.test(next) && !PREPOSITION.test(next) && opens) return withoutOfficeWords(mention);
  }
  return undefined;
}

/**
 * Whether a name the tagger did not call a person's is one anyway: a given
 * name opens it (`Sofia Berg`, which the tagger took for a place;
 * `Jean-Claude Trichet`), the article titles it (`Mr. Okafor`) or names a
 * person by its last word, or an
 * apposition beside it says what the person is (`The deputy minister, Do
 * Minh Tuan,`).
 */
function looksLikePerson(t: ArticleText, mentions: MentionIndex, name: Mention, beside: boolean | (() => boolean)): boolean {
  if (sexOfName(name.text) || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+\s\p{Lu}/u.test(name.text)) return true;
  if (t.titleOf(name.text.split(' ').at(-1)!)) return true;
  if (name.type === 'place') return false;
  if (mentions.endsAPerson(name.text.split(' ').at(-1)!)) return true;
  // Beside a description, a name the tagger typed, or one of two words or more.
  if (name.type === 'other' && !/\s/u.test(name.text)) return false;
  return typeof beside === 'function' ? beside() : beside;
}

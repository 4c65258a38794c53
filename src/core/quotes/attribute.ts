import type { Mention } from '../entities/mention';
import { withoutOfficeWords } from '../entities/titles';
import { opensSentence } from '../text/sentence';
import { Antecedents } from './antecedents';
import { describedName } from './descriptions';
import { antecedentOf, sexOfPerson } from './pronouns';
import { personAtEnd } from './speaker-words';
import type { Article } from '../article/model';
import type { Span } from '../text/span';
import { ArticleText } from './article-text';
import {
  accordingTo,
  after,
  before,
  introducedBy,
  nextParagraph,
  paragraphBeside,
  speechBefore,
  type Found,
  type QuoteSentence,
} from './attribution-shapes';
import type { QuoteSpan } from './find-quotes';
import { FullerNames } from './fuller-names';
import { MentionIndex } from './mention-index';
import { Misspellings } from './misspellings';
import type { Quote } from './model';
import { withoutSpeakerTitles, withoutTitleWords } from './speaker-titles';
import { NamePlaces, ORGANISATION_END, speakerSpelling, WordPlaces, type SpellName } from './spelling';

/**
 * What attribution knows of one article, worked out once: its mentions by
 * position, the names it gives (and the speakers found so far) filed for
 * their fuller forms, and where its words stand.
 */
interface ArticleReading {
  readonly text: string;
  readonly mentions: MentionIndex;
  /** The names of the people and bodies the tagger found, as written without titles. */
  readonly names: FullerNames;
  /** The speakers found so far, in the order they spoke. */
  readonly speakers: FullerNames;
  /** People's surnames, for a speaker's surname spelt another way. */
  readonly misspellings: Misspellings;
  readonly spell: SpellName;
  /** Who a pronoun may stand for; the speakers heard are told to it as the quotes are read. */
  readonly antecedents: Pick<Antecedents, 'heard' | 'nearest'>;
  readonly places: NamePlaces;
  /** The copy with its quotes blanked. */
  readonly masked: ArticleText;
}

function readArticle(article: Article, quotes: readonly QuoteSpan[], text: string, mentions: readonly Mention[]): ArticleReading {
  const index = new MentionIndex(mentions);
  const masked = new ArticleText(text, article, quotes);
  const { names, misspellings } = articleNames(index, masked);
  const speakers = new FullerNames();
  // The article's own stretch of the file: in a file of many stories, only this one's words.
  const scope = { start: article.start, end: article.end };
  let places: WordPlaces | undefined;
  const written = new NamePlaces(text, scope, () => (places ??= new WordPlaces(text, scope)));
  const known = new Map<Mention, string>();
  const personName = (mention: Mention) => {
    let name = known.get(mention);
    if (name === undefined) known.set(mention, (name = canonicalName(mention, { mentions: index, names, speakers, misspellings }, false)));
    return name;
  };
  const antecedents = whenAsked(
    () =>
      new Antecedents(
        index,
        personName,
        (surname) => written.of(surname),
        (name) => sexOfPerson(masked, name),
        (name) => masked.titleOf(name.split(/\s+/u).at(-1)!)?.sex,
      ),
  );
  const spell = speakerSpelling(written, index);
  return { text, mentions: index, names, speakers, misspellings, spell, antecedents, places: written, masked };
}

/**
 * The names the tagger found, filed for their fuller forms, and people's
 * surnames for misspellings: both filed when a look-up first asks (an
 * article whose speakers the linker named asks none).
 */
function articleNames(index: MentionIndex, masked: ArticleText): { names: FullerNames; misspellings: Misspellings } {
  const surnames: string[] = [];
  const names = new FullerNames((filed) => {
    for (const mention of index.all) {
      // People, and names of two words or more the tagger left untyped (`Dennis DesRosier`), but not `Ms Bauchtman`.
      const untitled = withoutSpeakerTitles(mention).text;
      if (mention.type === 'person' || (mention.type === 'other' && untitled.includes(' ')))
        surnames.push(untitled.slice(untitled.lastIndexOf(' ') + 1));
      if (mention.type === 'place') continue;
      const merged = mention.type !== 'person' && mention.text.indexOf(' ') !== mention.text.lastIndexOf(' ');
      const person =
        mention.type === 'person' ? withoutOfficeWords(mention) : merged ? (personAtEnd(masked, index, mention) ?? mention) : mention;
      filed.add(withoutSpeakerTitles(person).text);
    }
  });
  // Filled with the names above: a misspelling is looked up only after the names are.
  return { names, misspellings: new Misspellings(surnames) };
}

/** Antecedents made when a pronoun first needs them (most quotes name their speaker), told then who spoke so far. */
function whenAsked(make: () => Antecedents): Pick<Antecedents, 'heard' | 'nearest'> {
  const heard: string[] = [];
  let made: Antecedents | undefined;
  return {
    heard: (name) => (made ? made.heard(name) : void heard.push(name)),
    nearest: (offset, sex) => {
      if (!made) {
        made = make();
        for (const name of heard) made.heard(name);
      }
      return made.nearest(offset, sex);
    },
  };
}

/** A speaker's name as the entity linker settled it, when the mention is linked; else its fullest form. */
function canonicalName(
  mention: Mention,
  reading: Pick<ArticleReading, 'mentions' | 'names' | 'speakers' | 'misspellings'>,
  withSpeakers: boolean,
): string {
  const linked = reading.mentions.at(mention) as (Mention & { entity?: string }) | undefined;
  return withoutTitleWords(linked?.entity ?? fullestName(mention.text, reading, withSpeakers), mention.type);
}

const SPELT_OUT = /((?:\p{Lu}[\p{L}\p{M}'\u2019&.-]*\s+(?:(?:of|for|and|the|de|du|des)\s+)?)+)\($/u;

/**
 * An acronym's name as the article spells it out: `KCNA` → `Korean Central
 * News Agency`, where the copy writes `Korean Central News Agency (KCNA)`,
 * or where a name the article gives has those initials.
 */
function fullAcronym(name: string, reading: ArticleReading): string {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return name;
  for (const at of reading.places.of(name)) {
    if (reading.text[at - 1] !== '(') continue;
    const spelt = SPELT_OUT.exec(reading.text.slice(Math.max(0, at - 100), at));
    const words = spelt?.[1]!.trim().split(/\s+/u);
    if (words && words[0]![0] === name[0] && words.length >= 2) return words.join(' ');
  }
  return reading.names.withInitials(name) ?? name;
}

/**
 * The fullest form of a name in the article: `Peskov` → `Dmitry Peskov`,
 * `Kim` → `Kim Jong Un`, from the names tagged and, when asked, the speakers
 * already found (a name the tagger gave wins over a speaker's as long).
 */
function fullestName(name: string, reading: Pick<ArticleReading, 'names' | 'speakers' | 'misspellings'>, withSpeakers: boolean): string {
  const named = reading.names.longest(name);
  const spoken = withSpeakers ? reading.speakers.longest(name) : undefined;
  if (spoken && (!named || spoken.name.length > named.name.length)) return spoken.name;
  if (named) return named.name;
  // A surname the article spells another way elsewhere: `Ms Bauchtman` is Lydia Buchtmann.
  const misspelt = /\s/u.test(name) ? undefined : reading.misspellings.nearest(name);
  return misspelt ? (reading.names.longest(misspelt)?.name ?? misspelt) : name;
}

/** Who a quote is attributed to: a named speaker, or the words of one the copy never names. */
type Who = Pick<Quote, 'speaker' | 'unnamedSpeaker'>;

function sentenceOf(quote: QuoteSpan, text: string): QuoteSentence {
  const first = quote.parts[0]!;
  const last = quote.parts.at(-1)!;
  return {
    opening: first,
    openingParagraph: first.paragraph,
    closing: last,
    closingParagraph: last.paragraph,
    endsWithStop: /[.!?]$/u.test(text.slice(Math.max(last.inside.start, last.inside.end - 8), last.inside.end).trimEnd()),
  };
}

/**
 * Attributes each quote to its speaker when the copy says who spoke: after
 * the quote, before it in the same sentence, `according to`, a pronoun
 * standing for the person it refers back to, or the speaker of the quote
 * just before when this one carries on without a new name. A description
 * (`a spokeswoman said`) or a pronoun with no safe antecedent is kept as an
 * unnamed speaker. No name is given when none is found: a wrong speaker is
 * worse than none.
 */
export function attributeQuotes(quotes: readonly QuoteSpan[], article: Article, text: string, mentions: readonly Mention[]): Quote[] {
  const attributed: Quote[] = [];
  if (quotes.length === 0) return attributed;
  const reading = readArticle(article, quotes, text, mentions);
  const { masked } = reading;
  for (const quote of quotes) {
    const sentence = sentenceOf(quote, text);
    const index = reading.mentions;
    const found = attribution(masked, index, sentence);
    if (!isQuotation(quote, found, masked, sentence)) continue;
    const previous = attributed.at(-1);
    const first = quote.parts[0]!;
    let who: Who | undefined;
    if (found?.words) who = resolve(found, quote, reading, previous);
    else if (found && previous && previous.end >= first.paragraph.start) who = carried(previous);
    else if (!found) {
      const introduced = introducedBy(masked, index, sentence);
      who = continuing(quote, previous, index, text) ?? (introduced && resolve(introduced, quote, reading, previous));
    }
    attributed.push({
      start: quote.start,
      end: quote.end,
      text: quote.parts.map((part) => text.slice(part.inside.start, part.inside.end)).join(' '),
      parts: quote.parts.map((part) => part.inside),
      ...who,
    });
    if (who?.speaker) {
      reading.speakers.add(who.speaker.name);
      reading.antecedents.heard(who.speaker.name);
    }
  }
  return attributed;
}

const SMALL_WORDS = /^(?:a|an|the|of|and|or|for|to|in|on|at|by|vs\.?|with|from|de|la|le|du|von|van|&|-|–|—)$/u;

/** `"Back to the Mac"`, `"New GM"`, `"The Internet Explorer 6 Countdown"`: every word capitalised but the small ones, one at most aside. */
function isTitleCase(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const lower = words.filter((word) => !SMALL_WORDS.test(word) && !/^[\p{Lu}\p{N}]/u.test(word.replace(/^[^\p{L}\p{N}]+/u, '')));
  return lower.length === 0 || (lower.length === 1 && words.length >= 4);
}

/**
 * Whether quotation marks hold a quotation rather than a name, a title or a
 * term: a title-case phrase is a name or a title (`"Way Forward"`, `"Snow
 * Leopard"`); a single word is a quote only where the copy says someone said
 * it (`DesRosier believes the plant is still "likely" to close`); a short
 * phrase inside a sentence that reports no speech is a scare quote or a term
 * (`so-called "swap lines"`, `a "special charity-flight"`).
 */
function isQuotation(quote: QuoteSpan, found: Found | undefined, t: ArticleText, sentence: QuoteSentence): boolean {
  // Speech of a dozen words or more is never a title.
  const short = quote.parts.length === 1 && quote.parts[0]!.inside.end - quote.parts[0]!.inside.start <= 80;
  const words = short ? t.text.slice(quote.parts[0]!.inside.start, quote.parts[0]!.inside.end).trim().split(/\s+/u) : [];
  if (short && isTitleCase(words)) return false;
  // One word is someone's only where a name or a pronoun says it is theirs (`Dicks said he was "shocked"`),
  // and a capitalised one is a name (`"Antennagate"`, `"Lion"`) unless it is said as a sentence (`"Wow."`).
  if (quote.words === 1) return found !== undefined && found.words?.kind !== 'description' && !/^\p{Lu}[^.!?]*$/u.test(words[0] ?? '');
  if (isSourceTitle(quote, t)) return false;
  if (found) return true;
  const fragment =
    !opensSentence(t.text, quote.start) || /^\s*\p{Ll}/u.test(t.text.slice(quote.parts[0]!.inside.start, quote.parts[0]!.inside.start + 4));
  return !(fragment && quote.words <= 4 && !speechBefore(t, sentence));
}

/** `"Sensitive government document found on street" — CBC.ca, August 15, 2008`: a headline cited as a source. */
function isSourceTitle(quote: QuoteSpan, t: ArticleText): boolean {
  const last = quote.parts.at(-1)!;
  if (/[.!?,]$/u.test(t.text.slice(last.inside.start, last.inside.end).trimEnd())) return false;
  return /^\s*[-\u2013\u2014]\s*[^"\u201C\u201D]{1,80}\b(?:1[89]|20)\d\d\b/u.test(
    t.slice(quote.end, Math.min(last.paragraph.end, quote.end + 120)),
  );
}

/**
 * How the quote's own sentence attributes it. A quote inside a sentence
 * whose speech verb comes first (`Silva, who has called the drought "…",
 * asked residents …`) is that verb's; otherwise the words after the quote
 * come first (`"…," said Smith`, `"…," Smith said`).
 */
function attribution(t: ArticleText, mentions: MentionIndex, sentence: QuoteSentence): Found | undefined {
  const verbFirst = speechBefore(t, sentence);
  return (
    (verbFirst ? before(t, mentions, sentence) : undefined) ??
    after(t, mentions, sentence) ??
    (verbFirst ? undefined : before(t, mentions, sentence)) ??
    accordingTo(t, mentions, sentence) ??
    nextParagraph(t, mentions, sentence)
  );
}

/** The speaker of the quote before, carried on to this one. */
function carried(previous: Quote): Who | undefined {
  if (previous.speaker) return { speaker: { ...previous.speaker, attribution: 'continuing' } };
  return previous.unnamedSpeaker ? { unnamedSpeaker: previous.unnamedSpeaker } : undefined;
}

/** A name's speaker as the article gives it in full: `Mr. Hart` → `Daniel Hart`, `KCNA` → `Korean Central News Agency`. */
function speakerName(name: Mention, reading: ArticleReading): string {
  return fullAcronym(reading.spell(canonicalName(withoutSpeakerTitles(name), reading, true)), reading);
}

/** The speaker the found words name: a name as the article gives it in full, a pronoun's antecedent, or no name. */
function resolve(found: Found, quote: QuoteSpan, reading: ArticleReading, previous: Quote | undefined): Who {
  const words = found.words!;
  const span = { start: words.start, end: words.end };
  if (words.kind === 'named' && words.name) {
    return { speaker: { name: speakerName(words.name, reading), span, kind: 'named', attribution: found.attribution } };
  }
  if (words.kind === 'pronoun') {
    const name = pronounName(words, quote, reading, previous);
    if (name) return { speaker: { name, span, kind: 'pronoun', attribution: 'pronoun' } };
  }
  const described = words.kind === 'description' ? describedName(reading.masked, reading.mentions, words) : undefined;
  if (described) return { speaker: { name: speakerName(described, reading), span, kind: 'description', attribution: found.attribution } };
  return { unnamedSpeaker: { ...span, kind: words.kind } };
}

/** Who a pronoun stands for: `he` and `she` a person, `it` the body that spoke last. */
function pronounName(words: Span, quote: QuoteSpan, reading: ArticleReading, previous: Quote | undefined): string | undefined {
  const pronoun = reading.text.slice(words.start, words.end).toLowerCase();
  const paragraph = words.start >= quote.end ? quote.parts.at(-1)!.paragraph : quote.parts[0]!.paragraph;
  if (pronoun === 'it') return bodyThatSpoke(previous, paragraph, reading);
  const sex = pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : undefined;
  if (!sex) return undefined;
  const pronouns = {
    text: reading.masked,
    mentions: reading.mentions,
    name: (m: Mention) => speakerName(m, reading),
    antecedents: reading.antecedents,
  };
  const person = antecedentOf(pronouns, words, paragraph, quote.start, sex);
  return person && reading.spell(person);
}

/**
 * `"…," it added` after `"…," KCNA said`: the organisation that spoke the
 * quote before, in this paragraph or the one before. Anything else an `it`
 * may stand for is no speaker anyone can be sure of.
 */
function bodyThatSpoke(previous: Quote | undefined, paragraph: Span, reading: ArticleReading): string | undefined {
  const speaker = previous?.speaker;
  if (!speaker) return undefined;
  const before = paragraphBeside(reading.masked, paragraph, -1);
  if (previous.end < (before ?? paragraph).start) return undefined;
  const words = reading.text.slice(speaker.span.start, speaker.span.end);
  const body =
    reading.mentions.at(speaker.span)?.type === 'organization' ||
    ORGANISATION_END.has(speaker.name.split(/\s+/u).at(-1)!) ||
    /^\p{Lu}{2,6}$/u.test(words);
  return body ? speaker.name : undefined;
}

/**
 * A quote that carries on the same speaker, with no other person named
 * between: one opening the paragraph after an attributed quote, or one
 * opening the next sentence of the same paragraph (`"…," Tamm told
 * reporters. "It should last."`).
 */
function continuing(quote: QuoteSpan, previous: Quote | undefined, mentions: MentionIndex, text: string): Who | undefined {
  // `according to the power company` sources a phrase; the next paragraph's quote is not the company's.
  if (!previous || previous.speaker?.attribution === 'according-to') return undefined;
  const first = quote.parts[0]!;
  const opensParagraph = first.start === first.paragraph.start;
  const sameParagraph = first.paragraph.start <= previous.start && previous.end <= first.paragraph.end;
  if (!opensParagraph && !(sameParagraph && opensSentence(text, first.start))) return undefined;
  if (quote.start - previous.end > 400) return undefined;
  const ownName = (previous.speaker?.span ?? previous.unnamedSpeaker)?.start;
  const between = mentions.within(previous.end, quote.start).some((mention) => mention.type === 'person' && mention.start !== ownName);
  return between ? undefined : carried(previous);
}

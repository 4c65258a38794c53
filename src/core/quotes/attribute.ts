import type { Mention } from '../entities/mention';
import { isOfficeWord, isTitleWord, withoutOfficeWords } from '../entities/titles';
import { opensSentence } from '../text/sentence';
import { extentOf, type Span } from '../text/span';
import type { QuoteSpan } from './find-quotes';
import { MEN_ONLY, WOMEN_ONLY } from './given-names';
import type { Attribution, Quote, Speaker } from './model';
import organisationEndings from '../lexicon/organisation-endings.json';
import { wordSet } from '../lexicon/word-list';

/** Verbs that introduce or close reported speech in news copy. */
const FINITE_SPEECH_VERB = String.raw`(?:said|says|say|told|tells|added|adds|asked|asks|stated|states|explained|explains|wrote|writes|declared|announced|warned|warns|insisted|insists|noted|notes|argued|argues|claimed|claims|replied|replies|continued|recalled|acknowledged|admitted|urged|urges|described|describes|called|calls|quoted|cited|expressed|voiced)`;
/** Participles (`…, saying "…"`) report speech whose subject is the sentence's earlier speaker. */
const SPEECH_VERB = String.raw`(?:${FINITE_SPEECH_VERB}|saying|adding|telling|warning|calling|describing)`;

/** After the closing mark: `," said Peskov` / `," KCNA said` / `," Russia's ambassador …, Anatoly Antonov, said`. */
const VERB_THEN_NAME = new RegExp(
  String.raw`^[,.!?]?\s*${FINITE_SPEECH_VERB}\s+([^.!?"\u201C\u201D]{1,80}?)(?=[,.;:!?]|\s+(?:in|on|at|to|during|after|before|when|while|as)\b|$)`,
  'u',
);
const NAME_THEN_VERB = new RegExp(String.raw`^[,.!?]?\s*([^.!?"\u201C\u201D]{1,120}?)\s+${FINITE_SPEECH_VERB}\b`, 'u');
const ACCORDING_TO = /\baccording to\s+([^.!?"\u201C\u201D;]{1,80})/u;
const PRONOUN = /^(?:he|she)$/i;

/** The sentence around a quote: what stands between the previous sentence's end and the quote, and after it to the next. */
function sentenceParts(
  text: string,
  quote: Span,
  paragraph: Span,
): { before: string; beforeStart: number; after: string; afterStart: number } {
  const head = text.slice(paragraph.start, quote.start);
  const boundary = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  const beforeStart = paragraph.start + (boundary >= 0 ? boundary + 2 : 0);
  const tail = text.slice(quote.end, paragraph.end);
  const closing = tail.search(/[.!?](?:\s|$)|\s[\u201C"]/u);
  return {
    before: text.slice(beforeStart, quote.start),
    beforeStart,
    after: closing >= 0 ? tail.slice(0, closing + 1) : tail,
    afterStart: quote.end,
  };
}

/**
 * The last name mentioned inside `[start, end)`, preferring people: in
 * `Russia's ambassador to the United States, Anatoly Antonov` the speaker is
 * Antonov. A place speaks only as the whole subject (`said Moscow`), never
 * from inside a phrase (`the manager of the Inverlocht Hotel`).
 */
function speakerWithin(text: string, mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  const inside = mentions.filter((mention) => mention.start >= start && mention.end <= end);
  const people = inside.filter((mention) => mention.type === 'person');
  if (people.length > 0) return people.at(-1);
  const subject = text
    .slice(start, end)
    .trim()
    .replace(/^the\s+/iu, '');
  return inside.filter((mention) => mention.type !== 'place' || mention.text === subject).at(-1);
}

const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u;

/**
 * The name that ends at `end` (just before a speech verb): the mention
 * ending there, or else the run of capitalised words ending there, less the
 * titles and office words before the name itself.
 */
function nameEndingAt(text: string, end: number, floor: number, mentions: readonly Mention[], sentenceStart = false): Mention | undefined {
  let stop = end;
  while (stop > floor && /[\s,]/.test(text[stop - 1]!)) stop--;
  // `a hotel manager in Inverlocht said`: a place ending the subject is where the speaker is, not who;
  // the capitalised words before the verb are read instead (`Van den Berg`, where the tagger saw a place in `Berg`).
  const exact = mentions.find(
    (mention) =>
      mention.end === stop &&
      mention.start >= floor &&
      (mention.type !== 'place' ||
        text
          .slice(floor, stop)
          .trim()
          .replace(/^the\s+/iu, '') === mention.text),
  );
  if (exact) return withoutOfficeWords(exact);
  const words = [...text.slice(floor, stop).matchAll(/\S+/gu)];
  let first = words.length;
  const joinsName = (word: string, isLast: boolean): boolean =>
    (NAME_TOKEN.test(word) || (!isLast && NAME_PARTICLES.has(word))) && !/[,;:]$/.test(word);
  while (first > 0 && joinsName(words[first - 1]![0], first === words.length)) first--;
  const run = words.slice(first);
  let name = run.length;
  while (name > 0 && !isTitleWord(run[name - 1]![0]) && !isOfficeWord(run[name - 1]![0])) name--;
  const kept = (name < run.length ? run.slice(name) : run).filter((word, index) => index > 0 || !/^(?:The|A|An)$/.test(word[0]));
  if (kept.length === 0 || !/^\p{Lu}/u.test(kept[0]![0])) return undefined;
  // A lone capitalised word opening the sentence (`Residents described …`) is only a capital letter,
  // unless the article names someone by it (`Henriksen said …` after `Lars Henriksen`) or it is an acronym.
  const lone = kept.length === 1 ? kept[0]![0] : undefined;
  if (
    lone &&
    sentenceStart &&
    text.slice(floor, floor + kept[0]!.index).trim() === '' &&
    lone !== lone.toUpperCase() &&
    !mentions.some((mention) => mention.text.split(/\s+/).at(-1) === lone)
  )
    return undefined;
  const start = floor + kept[0]!.index;
  // The run is only a place the tagger found, after other words of the subject: where the speaker is.
  if (
    mentions.some((mention) => mention.type === 'place' && mention.start === start && mention.end === stop) &&
    text.slice(floor, start).trim() !== ''
  )
    return undefined;
  return { start, end: stop, text: text.slice(start, stop), type: 'other' };
}

/** Relative clauses (`, whose country holds the presidency,`) stand between a subject and its verb; they name no speaker. */
function withoutRelativeClauses(phrase: string): string {
  return phrase.replace(/,\s*(?:who|whose|which|whom)\b[^,]*,/gu, (clause) => ' '.repeat(clause.length));
}

interface Found {
  readonly mention?: Mention;
  readonly pronoun?: Span;
  readonly attribution: Attribution;
  /** The copy says someone spoke but names nobody (`a hotel manager said`): no speaker, and not the last one's. */
  readonly unnamed?: true;
}

function after(text: string, parts: ReturnType<typeof sentenceParts>, mentions: readonly Mention[]): Found | undefined {
  const verbFirst = VERB_THEN_NAME.exec(parts.after);
  if (verbFirst) {
    const start = parts.afterStart + verbFirst[0].length - verbFirst[1]!.length;
    const mention =
      speakerWithin(text, mentions, start, start + verbFirst[1]!.length) ??
      nameEndingAt(text, start + verbFirst[1]!.length, start, mentions);
    if (mention) return { mention, attribution: 'after' };
  }
  const nameFirst = NAME_THEN_VERB.exec(withoutRelativeClauses(parts.after));
  if (nameFirst) {
    const phrase = nameFirst[1]!;
    const start = parts.afterStart + nameFirst[0].indexOf(phrase);
    if (PRONOUN.test(phrase.trim())) {
      const lead = phrase.length - phrase.trimStart().length;
      return { pronoun: { start: start + lead, end: start + lead + phrase.trim().length }, attribution: 'pronoun' };
    }
    const mention =
      nameEndingAt(text, start + phrase.length, start, mentions) ?? speakerWithin(text, mentions, start, start + phrase.length);
    if (mention) return { mention, attribution: 'after' };
    if (/^\s*(?:a|an|one|another|the)\s/iu.test(phrase)) return { attribution: 'after', unnamed: true };
  }
  return undefined;
}

function before(text: string, parts: ReturnType<typeof sentenceParts>, mentions: readonly Mention[]): Found | undefined {
  const phrase = withoutRelativeClauses(parts.before);
  const verbs = [...phrase.matchAll(new RegExp(String.raw`\b${SPEECH_VERB}\b`, 'gu'))];
  const verb = verbs.at(-1);
  if (!verb) return undefined;
  // `… said it had restored power but warned that …`, `… and added that …`, `…, saying …`: the verb shares
  // the subject of the sentence's first speech verb, or else of the sentence's earlier quote.
  if (/\b(?:and|but)\s*$/.test(phrase.slice(0, verb.index)) || verb[0].endsWith('ing')) {
    const earlierQuote = /["\u201C\u201D]/u.test(phrase.slice(0, verb.index));
    return (
      (verbs.length > 1 && !earlierQuote ? subjectOf(text, parts, phrase, verbs[0]!, mentions) : undefined) ?? { attribution: 'continuing' }
    );
  }
  return subjectOf(text, parts, phrase, verb, mentions);
}

/**
 * Who a speech verb before the quote belongs to: the name just before it
 * (words blanked as relative clauses skipped), a pronoun (`She said: "…"`,
 * `what she called "…"`), or the name a `who` stands for (`Mayor José
 * Carlos da Silva, who has called the drought "…"`).
 */
function subjectOf(
  text: string,
  parts: ReturnType<typeof sentenceParts>,
  phrase: string,
  verb: RegExpMatchArray,
  mentions: readonly Mention[],
): Found | undefined {
  const verbAt = parts.beforeStart + verb.index!;
  let subject = phrase.slice(0, verb.index).trimEnd();
  const pronoun = /\b(?:he|she)$/iu.exec(subject);
  if (pronoun)
    return { pronoun: { start: parts.beforeStart + pronoun.index, end: parts.beforeStart + subject.length }, attribution: 'pronoun' };
  const who = /,\s*who(?:\s+(?:has|had|have|is|was|once))?$/u.exec(subject);
  if (who) subject = subject.slice(0, who.index);
  const mention = nameEndingAt(text, parts.beforeStart + subject.length, parts.beforeStart, mentions, true);
  return mention && mention.end <= verbAt ? { mention, attribution: 'before' } : undefined;
}

function accordingTo(text: string, parts: ReturnType<typeof sentenceParts>, mentions: readonly Mention[]): Found | undefined {
  for (const [segment, offset] of [
    [parts.after, parts.afterStart],
    [parts.before, parts.beforeStart],
  ] as const) {
    const match = ACCORDING_TO.exec(segment);
    if (!match) continue;
    // `according to its director, Marit Lund`: the name may stand in apposition.
    const phrase = match[1]!.replace(/[,\s]+$/, '');
    const start = offset + match.index + match[0].length - match[1]!.length;
    const mention =
      speakerWithin(text, mentions, start, start + phrase.length) ?? nameEndingAt(text, start + phrase.length, start, mentions);
    if (mention) return { mention, attribution: 'according-to' };
  }
  return undefined;
}

/** A speaker's name as the entity linker settled it, when the mention is linked; else its fullest form. */
function canonicalName(mention: Mention, mentions: readonly Mention[], speakers: readonly string[]): string {
  const linked = mentions.find((other) => other.start === mention.start && other.end === mention.end) as
    (Mention & { entity?: string }) | undefined;
  return linked?.entity ?? fullestName(mention.text, mentions, speakers);
}

/**
 * The fullest form of a name in the article: `Peskov` → `Dmitry Peskov`,
 * `Kim` → `Kim Jong Un`, from the names tagged and the speakers already found.
 */
export function fullestName(name: string, mentions: readonly Mention[], speakers: readonly string[] = []): string {
  const last = name.split(/\s+/).at(-1)!;
  const names = [...mentions.filter((mention) => mention.type !== 'place').map((mention) => withoutOfficeWords(mention).text), ...speakers];
  const longer = names.filter(
    (candidate) => candidate.length > name.length && (candidate.endsWith(' ' + last) || candidate.startsWith(name + ' ')),
  );
  return longer.sort((a, b) => b.length - a.length)[0] ?? name;
}

/** Small words inside names: `Pieter van den Berg`, `José Carlos da Silva`, `Ana Paula dos Santos`. */
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'del',
  'della',
  'di',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
]);
/** Capitalised words that open sentences or stand before names without being part of them. */
const NOT_NAME_WORDS = new Set([
  'The',
  'A',
  'An',
  'But',
  'And',
  'Or',
  'So',
  'If',
  'As',
  'At',
  'On',
  'In',
  'By',
  'For',
  'From',
  'With',
  'To',
  'Of',
  'After',
  'Before',
  'When',
  'While',
  'Then',
  'Yesterday',
  'Today',
  'Tomorrow',
  'Meanwhile',
  'Later',
  'Earlier',
  'Also',
  'However',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Their',
  'Its',
  'Our',
  'My',
  'Your',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);
const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u;
/** Last words of organisations' names (the lexicon's organisation endings), whose leading capitalised words (`National`, `Royal`) belong to the name. */
const ORGANISATION_END: ReadonlySet<string> = wordSet(organisationEndings);

/** A speaker's name as spelt in full (`fullestSpelling`), worked out once per name and article. */
type SpellName = (name: string) => string;

function speakerSpelling(text: string, scope: Span): SpellName {
  const spelt = new Map<string, string>();
  // The article's stretch, cut once, so each search ends with the article, not with the file.
  let stretch: string | undefined;
  return (name) => {
    let fullest = spelt.get(name);
    stretch ??= text.slice(scope.start, scope.end);
    if (fullest === undefined) spelt.set(name, (fullest = fullestSpelling(name, text, scope, stretch)));
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
function fullestSpelling(name: string, text: string, scope: Span, stretch: string): string {
  const organisation = ORGANISATION_END.has(name.split(/\s+/u).at(-1)!);
  let fullest = name;
  for (const form of new Set([name, name[0]!.toLowerCase() + name.slice(1)])) {
    for (let found = stretch.indexOf(form); found >= 0; found = stretch.indexOf(form, found + 1)) {
      const at = scope.start + found;
      if (WORD_CHARACTER.test(text[at - 1] ?? ' ') || WORD_CHARACTER.test(text[at + form.length] ?? ' ')) continue;
      const widened = widenedName(text, at, at + form.length, organisation);
      if (widened.split(/\s+/u).length > fullest.split(/\s+/u).length) fullest = widened;
    }
  }
  return fullest;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

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

/**
 * Attributes each quote to its speaker when the copy says who spoke: after
 * the quote, before it in the same sentence, `according to`, a pronoun
 * standing for the nearest person named before the quote, or the speaker of
 * the quote just before when this one carries on without a new name. No
 * speaker is given when none is found: a wrong speaker is worse than none.
 */
export function attributeQuotes(quotes: readonly QuoteSpan[], text: string, mentions: readonly Mention[]): Quote[] {
  const attributed: Quote[] = [];
  // The article's stretch of the file, as far as its quotes and names reach.
  const spell = speakerSpelling(text, extentOf([...quotes, ...mentions]));
  for (const quote of quotes) {
    const first = quote.parts[0]!;
    const last = quote.parts[quote.parts.length - 1]!;
    const closing = sentenceParts(text, last, last.block);
    const opening = sentenceParts(text, first, first.block);
    const found = after(text, closing, mentions) ?? before(text, opening, mentions) ?? accordingTo(text, closing, mentions);
    const previous = attributed.at(-1);
    const sharesSubject = found?.attribution === 'continuing' && previous?.speaker && previous.end >= first.block.start;
    const named = found?.unnamed ? undefined : toSpeaker(found, quote, text, mentions, attributed, spell);
    const speaker = sharesSubject
      ? { ...previous.speaker!, attribution: 'continuing' as const }
      : found?.unnamed
        ? undefined
        : (named ?? continuing(quote, previous, mentions, text));
    const words = quote.parts.map((part) => text.slice(part.inside.start, part.inside.end)).join(' ');
    attributed.push({
      start: quote.start,
      end: quote.end,
      text: words,
      parts: quote.parts.map((part) => part.inside),
      ...(speaker ? { speaker } : {}),
    });
  }
  return attributed;
}

function toSpeaker(
  found: Found | undefined,
  quote: QuoteSpan,
  text: string,
  mentions: readonly Mention[],
  earlier: readonly Quote[],
  spell: SpellName,
): Speaker | undefined {
  if (!found || found.attribution === 'continuing') return undefined;
  const speakers = earlier.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : []));
  if (found.mention) {
    const name = spell(canonicalName(found.mention, mentions, speakers));
    return { name, span: { start: found.mention.start, end: found.mention.end }, attribution: found.attribution };
  }
  if (!found.pronoun) return undefined;
  const person = nearestPerson(quote.start, text.slice(found.pronoun.start, found.pronoun.end), text, mentions, earlier, spell);
  return person ? { name: person, span: found.pronoun, attribution: 'pronoun' } : undefined;
}

/**
 * `she told reporters`: the person named last before the quote, by the
 * tagger or by the surname of someone already quoted (`Dahl met the
 * fishermen.` after `Ingrid Dahl` spoke), passing over organisations that
 * spoke and anyone whose given name is of the other sex.
 */
function nearestPerson(
  offset: number,
  pronoun: string,
  text: string,
  mentions: readonly Mention[],
  earlier: readonly Quote[],
  spell: SpellName,
): string | undefined {
  const candidates: Array<{ at: number; name: string }> = [];
  for (const person of mentions.filter((mention) => mention.type === 'person' && mention.end <= offset)) {
    candidates.push({ at: person.end, name: canonicalName(person, mentions, []) });
  }
  for (const quote of earlier) {
    const speaker = quote.speaker?.name;
    if (!speaker || ORGANISATION_END.has(speaker.split(/\s+/).at(-1)!)) continue;
    const surname = speaker.split(/\s+/).at(-1)!;
    const at = text.lastIndexOf(surname, offset - surname.length);
    // `Minh` inside `Do Minh Tuan` is someone else's name.
    const othersName = mentions.some(
      (mention) => mention.start <= at && at + surname.length <= mention.end && !speaker.endsWith(mention.text),
    );
    if (at >= 0 && !othersName) candidates.push({ at: at + surname.length, name: speaker });
  }
  const sex = /^she$/iu.test(pronoun) ? 'female' : 'male';
  const nearestFirst = candidates.sort((a, b) => b.at - a.at);
  // Given names mislead across languages (`Kristen` is a man's name in Estonia), so the nearest person is
  // passed over only for one further back whose name is plainly of the pronoun's sex.
  const matching = nearestFirst.find((candidate) => sexOfName(candidate.name) === sex);
  const nearest = nearestFirst[0];
  const chosen = nearest && sexOfName(nearest.name) === otherSex(sex) && matching ? matching : nearest;
  return chosen && spell(chosen.name);
}

type Sex = 'male' | 'female';

const MEN = new Set(MEN_ONLY.split(' '));
const WOMEN = new Set(WOMEN_ONLY.split(' '));

/**
 * What a person's given name says of their sex, when it is only a man's or
 * only a woman's: the first word (`Fiona MacLeod`), or the last where it is
 * hyphenated, as Korean given names are (`Park Seo-yeon`).
 */
function sexOfName(name: string): Sex | undefined {
  const words = name.toLowerCase().split(/\s+/u);
  const given = words.length > 1 && words.at(-1)!.includes('-') ? words.at(-1)! : words[0]!;
  return MEN.has(given) ? 'male' : WOMEN.has(given) ? 'female' : undefined;
}

function otherSex(sex: Sex): Sex {
  return sex === 'male' ? 'female' : 'male';
}

/**
 * A quote that carries on the same speaker, with no other person named
 * between: one opening the paragraph after an attributed quote, or one
 * opening the next sentence of the same paragraph (`"…," Tamm told
 * reporters. "It should last."`).
 */
function continuing(quote: QuoteSpan, previous: Quote | undefined, mentions: readonly Mention[], text: string): Speaker | undefined {
  // `according to the power company` sources a phrase; the next paragraph's quote is not the company's.
  if (!previous?.speaker || previous.speaker.attribution === 'according-to') return undefined;
  const first = quote.parts[0]!;
  const opensParagraph = first.start === first.block.prose[0]?.start;
  const sameParagraph = first.block.start <= previous.start && previous.end <= first.block.end;
  if (!opensParagraph && !(sameParagraph && opensSentence(text, first.start))) return undefined;
  const ownName = previous.speaker.span;
  const between = mentions.some(
    (mention) =>
      mention.type === 'person' && mention.start >= previous.end && mention.end <= quote.start && mention.start !== ownName.start,
  );
  if (between || quote.start - previous.end > 400) return undefined;
  return { ...previous.speaker, attribution: 'continuing' };
}

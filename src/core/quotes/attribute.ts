import type { Mention } from '../entities/mention';
import { isOfficeWord, isTitleWord, withoutOfficeWords } from '../entities/titles';
import type { Span } from '../text/span';
import type { QuoteSpan } from './find-quotes';
import type { Attribution, Quote, Speaker } from './model';

/** Verbs that introduce or close reported speech in news copy. */
const FINITE_SPEECH_VERB = String.raw`(?:said|says|say|told|tells|added|adds|asked|asks|stated|states|explained|explains|wrote|writes|declared|announced|warned|warns|insisted|insists|noted|notes|argued|argues|claimed|claims|replied|replies|continued|recalled|acknowledged|admitted|urged|urges|described|describes|called|calls|quoted|cited|expressed|voiced)`;
/** Participles (`…, saying "…"`) report speech whose subject is the sentence's earlier speaker. */
const SPEECH_VERB = String.raw`(?:${FINITE_SPEECH_VERB}|saying|adding|telling|warning|calling|describing)`;

/** After the closing mark: `," said Peskov` / `," KCNA said` / `," Russia's ambassador …, Anatoly Antonov, said`. */
const VERB_THEN_NAME = new RegExp(String.raw`^[,.!?]?\s*${FINITE_SPEECH_VERB}\s+([^.!?"\u201C\u201D]{1,80}?)(?=[,.;:!?]|\s+(?:in|on|at|to|during|after|before|when|while|as)\b|$)`, 'u');
const NAME_THEN_VERB = new RegExp(String.raw`^[,.!?]?\s*([^.!?"\u201C\u201D]{1,120}?)\s+${FINITE_SPEECH_VERB}\b`, 'u');
const ACCORDING_TO = /\baccording to\s+([^.!?"\u201C\u201D;]{1,80})/u;
const PRONOUN = /^(?:he|she)$/i;

/** The sentence around a quote: what stands between the previous sentence's end and the quote, and after it to the next. */
function sentenceParts(text: string, quote: Span, paragraph: Span): { before: string; beforeStart: number; after: string; afterStart: number } {
  const head = text.slice(paragraph.start, quote.start);
  const boundary = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  const beforeStart = paragraph.start + (boundary >= 0 ? boundary + 2 : 0);
  const tail = text.slice(quote.end, paragraph.end);
  const closing = tail.search(/[.!?](?:\s|$)|\s[\u201C"]/u);
  return { before: text.slice(beforeStart, quote.start), beforeStart, after: closing >= 0 ? tail.slice(0, closing + 1) : tail, afterStart: quote.end };
}

/** The last name mentioned inside `[start, end)`, preferring people: in `Russia's ambassador to the United States, Anatoly Antonov` the speaker is Antonov. */
function speakerWithin(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  const inside = mentions.filter((mention) => mention.start >= start && mention.end <= end);
  const people = inside.filter((mention) => mention.type === 'person');
  return (people.length > 0 ? people : inside.filter((mention) => mention.type !== 'place' || inside.length === 1)).at(-1);
}

const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*|[a-z]{1,3}(?=\s\p{Lu}))$/u;

/**
 * The name that ends at `end` (just before a speech verb): the mention
 * ending there, or else the run of capitalised words ending there, less the
 * titles and office words before the name itself.
 */
function nameEndingAt(text: string, end: number, floor: number, mentions: readonly Mention[], sentenceStart = false): Mention | undefined {
  let stop = end;
  while (stop > floor && /[\s,]/.test(text[stop - 1]!)) stop--;
  const exact = mentions.find((mention) => mention.end === stop && mention.start >= floor);
  if (exact) return withoutOfficeWords(exact);
  const words = [...text.slice(floor, stop).matchAll(/\S+/gu)];
  let first = words.length;
  while (first > 0 && NAME_TOKEN.test(words[first - 1]![0]) && !/[,;:]$/.test(words[first - 1]![0])) first--;
  const run = words.slice(first);
  let name = run.length;
  while (name > 0 && !isTitleWord(run[name - 1]![0]) && !isOfficeWord(run[name - 1]![0])) name--;
  const kept = (name < run.length ? run.slice(name) : run).filter((word, index) => index > 0 || !/^(?:The|A|An)$/.test(word[0]));
  if (kept.length === 0 || !/^\p{Lu}/u.test(kept[0]![0])) return undefined;
  // A lone capitalised word opening the sentence (`Residents described …`) is only a capital letter,
  // unless the article names someone by it (`Henriksen said …` after `Lars Henriksen`) or it is an acronym.
  const lone = kept.length === 1 ? kept[0]![0] : undefined;
  if (lone && sentenceStart && text.slice(floor, floor + kept[0]!.index).trim() === '' && lone !== lone.toUpperCase() && !mentions.some((mention) => mention.text.split(/\s+/).at(-1) === lone)) return undefined;
  const start = floor + kept[0]!.index;
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
}

function after(text: string, parts: ReturnType<typeof sentenceParts>, mentions: readonly Mention[]): Found | undefined {
  const verbFirst = VERB_THEN_NAME.exec(parts.after);
  if (verbFirst) {
    const start = parts.afterStart + verbFirst[0].length - verbFirst[1]!.length;
    const mention = speakerWithin(mentions, start, start + verbFirst[1]!.length) ?? nameEndingAt(text, start + verbFirst[1]!.length, start, mentions);
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
    const mention = nameEndingAt(text, start + phrase.length, start, mentions) ?? speakerWithin(mentions, start, start + phrase.length);
    if (mention) return { mention, attribution: 'after' };
  }
  return undefined;
}

function before(text: string, parts: ReturnType<typeof sentenceParts>, mentions: readonly Mention[]): Found | undefined {
  const phrase = withoutRelativeClauses(parts.before);
  const verb = [...phrase.matchAll(new RegExp(String.raw`\b${SPEECH_VERB}\b`, 'gu'))].at(-1);
  if (!verb) return undefined;
  // `… and added that …`, `…, saying …`: the verb shares the subject of the sentence's earlier quote.
  if (/\band\s*$/.test(phrase.slice(0, verb.index)) || verb[0].endsWith('ing')) return { attribution: 'continuing' };
  // The subject stands just before the verb; words blanked as relative clauses are skipped.
  const verbAt = parts.beforeStart + verb.index;
  const subjectEnd = parts.beforeStart + phrase.slice(0, verb.index).trimEnd().length;
  const mention = nameEndingAt(text, subjectEnd, parts.beforeStart, mentions, true);
  return mention && mention.end <= verbAt ? { mention, attribution: 'before' } : undefined;
}

function accordingTo(text: string, parts: ReturnType<typeof sentenceParts>, mentions: readonly Mention[]): Found | undefined {
  for (const [segment, offset] of [[parts.after, parts.afterStart], [parts.before, parts.beforeStart]] as const) {
    const match = ACCORDING_TO.exec(segment);
    if (!match) continue;
    // `according to its director, Marit Lund`: the name may stand in apposition.
    const phrase = match[1]!.replace(/[,\s]+$/, '');
    const start = offset + match.index + match[0].length - match[1]!.length;
    const mention = speakerWithin(mentions, start, start + phrase.length) ?? nameEndingAt(text, start + phrase.length, start, mentions);
    if (mention) return { mention, attribution: 'according-to' };
  }
  return undefined;
}

/** A speaker's name as the entity linker settled it, when the mention is linked; else its fullest form. */
function canonicalName(mention: Mention, mentions: readonly Mention[], speakers: readonly string[]): string {
  const linked = mentions.find((other) => other.start === mention.start && other.end === mention.end) as (Mention & { entity?: string }) | undefined;
  return linked?.entity ?? fullestName(mention.text, mentions, speakers);
}

/**
 * The fullest form of a name in the article: `Peskov` → `Dmitry Peskov`,
 * `Kim` → `Kim Jong Un`, from the names tagged and the speakers already found.
 */
export function fullestName(name: string, mentions: readonly Mention[], speakers: readonly string[] = []): string {
  const last = name.split(/\s+/).at(-1)!;
  const names = [...mentions.filter((mention) => mention.type !== 'place').map((mention) => withoutOfficeWords(mention).text), ...speakers];
  const longer = names.filter((candidate) => candidate.length > name.length && (candidate.endsWith(' ' + last) || candidate.startsWith(name + ' ')));
  return longer.sort((a, b) => b.length - a.length)[0] ?? name;
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
  for (const quote of quotes) {
    const first = quote.parts[0]!;
    const last = quote.parts[quote.parts.length - 1]!;
    const closing = sentenceParts(text, last, last.block);
    const opening = sentenceParts(text, first, first.block);
    const found = after(text, closing, mentions) ?? before(text, opening, mentions) ?? accordingTo(text, closing, mentions);
    const previous = attributed.at(-1);
    const sharesSubject = found?.attribution === 'continuing' && previous?.speaker && previous.end >= first.block.start;
    const speaker = sharesSubject ? { ...previous.speaker!, attribution: 'continuing' as const } : (toSpeaker(found, quote, text, mentions, attributed) ?? continuing(quote, previous, mentions, text));
    const words = quote.parts.map((part) => text.slice(part.inside.start, part.inside.end)).join(' ');
    attributed.push({ start: quote.start, end: quote.end, text: words, parts: quote.parts.map((part) => part.inside), ...(speaker ? { speaker } : {}) });
  }
  return attributed;
}

function toSpeaker(found: Found | undefined, quote: QuoteSpan, text: string, mentions: readonly Mention[], earlier: readonly Quote[]): Speaker | undefined {
  if (!found || found.attribution === 'continuing') return undefined;
  const speakers = earlier.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : []));
  if (found.mention) return { name: canonicalName(found.mention, mentions, speakers), span: { start: found.mention.start, end: found.mention.end }, attribution: found.attribution };
  const person = nearestPerson(quote.start, text, mentions, earlier);
  return person && found.pronoun ? { name: person, span: found.pronoun, attribution: 'pronoun' } : undefined;
}

/**
 * `she told reporters`: the person named last before the quote, by the
 * tagger or by the surname of someone already quoted (`Dahl met the
 * fishermen.` after `Ingrid Dahl` spoke).
 */
function nearestPerson(offset: number, text: string, mentions: readonly Mention[], earlier: readonly Quote[]): string | undefined {
  let best: { at: number; name: string } | undefined;
  const consider = (at: number, name: string): void => {
    if (!best || at > best.at) best = { at, name };
  };
  const person = mentions.filter((mention) => mention.type === 'person' && mention.end <= offset).at(-1);
  if (person) consider(person.end, canonicalName(person, mentions, []));
  for (const quote of earlier) {
    const speaker = quote.speaker?.name;
    if (!speaker) continue;
    const surname = speaker.split(/\s+/).at(-1)!;
    const at = text.lastIndexOf(surname, offset - surname.length);
    if (at >= 0) consider(at + surname.length, speaker);
  }
  return best?.name;
}

/**
 * A quote that carries on the same speaker, with no other person named
 * between: one opening the paragraph after an attributed quote, or one
 * opening the next sentence of the same paragraph (`"…," Tamm told
 * reporters. "It should last."`).
 */
function continuing(quote: QuoteSpan, previous: Quote | undefined, mentions: readonly Mention[], text: string): Speaker | undefined {
  if (!previous?.speaker) return undefined;
  const first = quote.parts[0]!;
  const opensParagraph = first.start === first.block.prose[0]?.start;
  const sameParagraph = first.block.start <= previous.start && previous.end <= first.block.end;
  if (!opensParagraph && !(sameParagraph && opensSentence(text, first.start))) return undefined;
  const ownName = previous.speaker.span;
  const between = mentions.some((mention) => mention.type === 'person' && mention.start >= previous.end && mention.end <= quote.start && mention.start !== ownName.start);
  if (between || quote.start - previous.end > 400) return undefined;
  return { ...previous.speaker, attribution: 'continuing' };
}

/** Only spaces stand between a sentence's end (`.`, `?`, `!`) and `offset`. */
function opensSentence(text: string, offset: number): boolean {
  return /[.?!]\s+$/.test(text.slice(Math.max(0, offset - 10), offset));
}

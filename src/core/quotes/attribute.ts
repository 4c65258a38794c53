import type { Mention } from '../entities/mention';
import { withoutOfficeWords } from '../entities/titles';
import { opensSentence } from '../text/sentence';
import { extentOf } from '../text/span';
import { Antecedents } from './antecedents';
import { accordingTo, after, before, sentenceParts, type Found } from './attribution-shapes';
import type { QuoteSpan } from './find-quotes';
import { FullerNames } from './fuller-names';
import { MentionIndex } from './mention-index';
import type { Quote, Speaker } from './model';
import { speakerSpelling, WordPlaces, type SpellName } from './spelling';

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
  readonly spell: SpellName;
  readonly antecedents: Antecedents;
}

function readArticle(quotes: readonly QuoteSpan[], text: string, mentions: readonly Mention[]): ArticleReading {
  const index = new MentionIndex(mentions);
  const names = new FullerNames();
  for (const mention of index.all) if (mention.type !== 'place') names.add(withoutOfficeWords(mention).text);
  const speakers = new FullerNames();
  // The article's stretch of the file, as far as its quotes and names reach.
  const scope = extentOf([...quotes, ...mentions]);
  let places: WordPlaces | undefined;
  const placesOnce = () => (places ??= new WordPlaces(text, scope));
  const known = new Map<Mention, string>();
  const personName = (mention: Mention) => {
    let name = known.get(mention);
    if (name === undefined) known.set(mention, (name = canonicalName(mention, { mentions: index, names, speakers }, false)));
    return name;
  };
  const antecedents = new Antecedents(index, personName, placesOnce);
  return { text, mentions: index, names, speakers, spell: speakerSpelling(placesOnce), antecedents };
}

/** A speaker's name as the entity linker settled it, when the mention is linked; else its fullest form. */
function canonicalName(mention: Mention, reading: Pick<ArticleReading, 'mentions' | 'names' | 'speakers'>, withSpeakers: boolean): string {
  const linked = reading.mentions.at(mention) as (Mention & { entity?: string }) | undefined;
  return linked?.entity ?? fullestName(mention.text, reading, withSpeakers);
}

/**
 * The fullest form of a name in the article: `Peskov` → `Dmitry Peskov`,
 * `Kim` → `Kim Jong Un`, from the names tagged and, when asked, the speakers
 * already found (a name the tagger gave wins over a speaker's as long).
 */
function fullestName(name: string, reading: Pick<ArticleReading, 'names' | 'speakers'>, withSpeakers: boolean): string {
  const named = reading.names.longest(name);
  const spoken = withSpeakers ? reading.speakers.longest(name) : undefined;
  if (spoken && (!named || spoken.name.length > named.name.length)) return spoken.name;
  return named?.name ?? name;
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
  const reading = readArticle(quotes, text, mentions);
  for (const quote of quotes) {
    const first = quote.parts[0]!;
    const last = quote.parts[quote.parts.length - 1]!;
    const closing = sentenceParts(text, last, last.block);
    const opening = sentenceParts(text, first, first.block);
    const index = reading.mentions;
    const found = after(text, closing, index) ?? before(text, opening, index) ?? accordingTo(text, closing, index);
    const previous = attributed.at(-1);
    const sharesSubject = found?.attribution === 'continuing' && previous?.speaker && previous.end >= first.block.start;
    const named = found?.unnamed ? undefined : toSpeaker(found, quote, reading);
    const speaker = sharesSubject
      ? { ...previous.speaker!, attribution: 'continuing' as const }
      : found?.unnamed
        ? undefined
        : (named ?? continuing(quote, previous, index, text));
    const words = quote.parts.map((part) => text.slice(part.inside.start, part.inside.end)).join(' ');
    attributed.push({
      start: quote.start,
      end: quote.end,
      text: words,
      parts: quote.parts.map((part) => part.inside),
      ...(speaker ? { speaker } : {}),
    });
    if (speaker) {
      reading.speakers.add(speaker.name);
      reading.antecedents.heard(speaker.name);
    }
  }
  return attributed;
}

function toSpeaker(found: Found | undefined, quote: QuoteSpan, reading: ArticleReading): Speaker | undefined {
  if (!found || found.attribution === 'continuing') return undefined;
  if (found.mention) {
    const name = reading.spell(canonicalName(found.mention, reading, true));
    return { name, span: { start: found.mention.start, end: found.mention.end }, attribution: found.attribution };
  }
  if (!found.pronoun) return undefined;
  const sex = /^she$/iu.test(reading.text.slice(found.pronoun.start, found.pronoun.end)) ? 'female' : 'male';
  const person = reading.antecedents.nearest(quote.start, sex);
  return person ? { name: reading.spell(person), span: found.pronoun, attribution: 'pronoun' } : undefined;
}

/**
 * A quote that carries on the same speaker, with no other person named
 * between: one opening the paragraph after an attributed quote, or one
 * opening the next sentence of the same paragraph (`"…," Tamm told
 * reporters. "It should last."`).
 */
function continuing(quote: QuoteSpan, previous: Quote | undefined, mentions: MentionIndex, text: string): Speaker | undefined {
  // `according to the power company` sources a phrase; the next paragraph's quote is not the company's.
  if (!previous?.speaker || previous.speaker.attribution === 'according-to') return undefined;
  const first = quote.parts[0]!;
  const opensParagraph = first.start === first.block.prose[0]?.start;
  const sameParagraph = first.block.start <= previous.start && previous.end <= first.block.end;
  if (!opensParagraph && !(sameParagraph && opensSentence(text, first.start))) return undefined;
  if (quote.start - previous.end > 400) return undefined;
  const ownName = previous.speaker.span;
  const between = mentions
    .within(previous.end, quote.start)
    .some((mention) => mention.type === 'person' && mention.start !== ownName.start);
  return between ? undefined : { ...previous.speaker, attribution: 'continuing' };
}

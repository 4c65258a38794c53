import { speakerMention, type Quote, type SpeakerKind } from '../../src/core/quotes/model';
import type { Span } from '../../src/core/text/span';

/** One labelled quotation (quote labels, version 2; older labels carry `quote` or offsets, and `speaker`). */
export interface Label {
  /** The quote's span, or the first words inside its marks. */
  readonly start?: number;
  readonly end?: number;
  readonly quote?: string;
  /** The canonical speaker, or null when the copy never names who spoke. */
  readonly speaker: string | null;
  /** The words at the attribution, as written; null when nothing near the quote attributes it. */
  readonly mention?: string | null;
  readonly kind?: SpeakerKind | null;
}

export interface QuoteScore {
  files: number;
  /** Quotes the detector found, and how many of them are labelled quotes. */
  predicted: number;
  matched: number;
  /** Labelled quotes, and how many of them were found. */
  gold: number;
  found: number;
  goldWithSpeaker: number;
  /** Found quotes given a speaker's name: all, and those whose label names a speaker. */
  shown: number;
  shownWithSpeaker: number;
  right: number;
  /** Speakers shown and right, by what the words at the attribution are. */
  byKind: Record<SpeakerKind, { shown: number; right: number }>;
  /** Found quotes whose label names no speaker, and how many were given no name. */
  goldUnnamed: number;
  unnamedKept: number;
  /** Found quotes whose label gives the attribution's words, and how many of those words were found. */
  goldMentions: number;
  mentionRight: number;
}

export interface Mistake {
  readonly article: string;
  readonly what: string;
}

export function emptyQuoteScore(): QuoteScore {
  const kind = () => ({ shown: 0, right: 0 });
  return {
    files: 0,
    predicted: 0,
    matched: 0,
    gold: 0,
    found: 0,
    goldWithSpeaker: 0,
    shown: 0,
    shownWithSpeaker: 0,
    right: 0,
    byKind: { named: kind(), pronoun: kind(), description: kind() },
    goldUnnamed: 0,
    unnamedKept: 0,
    goldMentions: 0,
    mentionRight: 0,
  };
}

/** A label is a detected quote when their offsets overlap, or when the quote's words after its opening mark start with the label's. */
function matches(label: Label, quote: Quote, text: string): boolean {
  if (label.start !== undefined && label.end !== undefined) return quote.start < label.end && label.start < quote.end;
  return text.slice(quote.start + 1, quote.end).startsWith(label.quote!);
}

/** The place of `words`, as whole words, nearest the quote: as the labels mean their mention. */
function nearestPlace(text: string, words: string, quote: Span): Span | undefined {
  let best: Span | undefined;
  let bestDistance = Infinity;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    // Whole words only: `he` is not the one inside `the`.
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const distance = end <= quote.start ? quote.start - end : at >= quote.end ? at - quote.end : 0;
    if (distance < bestDistance) [best, bestDistance] = [{ start: at, end }, distance];
  }
  return best;
}

/** Adds one article's counts to `total`, and its mistakes to `mistakes` when asked. */
export function scoreArticle(
  total: QuoteScore,
  text: string,
  labels: readonly Label[],
  quotes: readonly Quote[],
  mistakes?: { name: string; list: Mistake[] },
): void {
  const note = (what: string) => mistakes?.list.push({ article: mistakes.name, what });
  const taken = new Set<Quote>();
  total.files++;
  total.predicted += quotes.length;
  for (const label of labels) {
    total.gold++;
    if (label.speaker !== null) total.goldWithSpeaker++;
    const quote = quotes.find((candidate) => !taken.has(candidate) && matches(label, candidate, text));
    if (!quote) {
      note(`missed «${label.quote ?? text.slice(label.start, label.end)}»`);
      continue;
    }
    taken.add(quote);
    total.found++;
    scoreSpeaker(total, text, label, quote, note);
  }
  total.matched += taken.size;
  for (const quote of quotes) if (!taken.has(quote)) note(`not a quote: ${text.slice(quote.start, Math.min(quote.end, quote.start + 60))}`);
}

function scoreSpeaker(total: QuoteScore, text: string, label: Label, quote: Quote, note: (what: string) => void): void {
  const mention = speakerMention(quote);
  if (label.mention) {
    total.goldMentions++;
    const place = nearestPlace(text, label.mention, quote);
    if (place && mention && mention.start < place.end && place.start < mention.end) total.mentionRight++;
  }
  if (label.speaker === null) {
    total.goldUnnamed++;
    if (!quote.speaker) total.unnamedKept++;
  }
  const found = `${quote.speaker ? quote.speaker.name : 'no name'} from ${mention ? `"${text.slice(mention.start, mention.end)}" (${mention.kind})` : 'no words'}`;
  const labelled = `${label.speaker ?? 'no name'}${label.mention ? ` from "${label.mention}" (${label.kind})` : ''}`;
  const shown = text.slice(quote.start, Math.min(quote.end, quote.start + 50));
  if (!quote.speaker) {
    if (label.speaker !== null) note(`no speaker for ${shown}: labelled ${labelled}; found ${found}`);
    return;
  }
  total.shown++;
  if (label.speaker !== null) total.shownWithSpeaker++;
  const right = quote.speaker.name === label.speaker;
  total.byKind[quote.speaker.kind].shown++;
  if (right) {
    total.right++;
    total.byKind[quote.speaker.kind].right++;
  } else note(`wrong speaker for ${shown}: ${found}; labelled ${labelled}`);
}

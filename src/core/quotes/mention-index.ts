import type { Mention } from '../entities/mention';
import type { Span } from '../text/span';

/**
 * An article's name mentions indexed by where they stand, so attribution
 * looks a mention up instead of walking the whole list for every quote: an
 * article twice as long costs twice as much, not four times.
 */
export class MentionIndex {
  /** Every mention, in text order. */
  readonly all: readonly Mention[];
  private readonly bySpan = new Map<number, Mention>();
  private readonly byEnd = new Map<number, Mention[]>();
  private names?: { readonly lastWords: Set<string>; readonly surnames: Set<string>; readonly things: Set<string> };
  /** The furthest end of the mentions up to each one, for the rare mentions that overlap. */
  private readonly reach: number[] = [];

  constructor(mentions: readonly Mention[]) {
    const sorted = mentions.every((mention, i) => i === 0 || mentions[i - 1]!.start <= mention.start);
    this.all = sorted ? mentions : [...mentions].sort((a, b) => a.start - b.start);
    let reach = -1;
    for (const mention of this.all) {
      const key = spanKey(mention);
      if (!this.bySpan.has(key)) this.bySpan.set(key, mention);
      const ending = this.byEnd.get(mention.end);
      if (ending) ending.push(mention);
      else this.byEnd.set(mention.end, [mention]);
      reach = Math.max(reach, mention.end);
      this.reach.push(reach);
    }
  }

  /** The mentions' last words, people's surnames and other names' texts, read when first asked for. */
  private get filed(): { readonly lastWords: Set<string>; readonly surnames: Set<string>; readonly things: Set<string> } {
    if (this.names) return this.names;
    const names = { lastWords: new Set<string>(), surnames: new Set<string>(), things: new Set<string>() };
    for (const mention of this.all) {
      const last = mention.text.slice(mention.text.lastIndexOf(' ') + 1);
      names.lastWords.add(last);
      if (mention.type === 'person') names.surnames.add(last);
      else names.things.add(mention.text);
    }
    return (this.names = names);
  }

  /** The first mention with exactly this span. */
  at(span: Span): Mention | undefined {
    return this.bySpan.get(spanKey(span));
  }

  /** The mentions ending at `end`, in text order. */
  endingAt(end: number): readonly Mention[] {
    return this.byEnd.get(end) ?? [];
  }

  /** Whether some mention's last word is `word` (`Henriksen` after `Lars Henriksen`). */
  endsAName(word: string): boolean {
    return this.filed.lastWords.has(word);
  }

  /** Whether `word` ends the name of someone the tagger found a person. */
  endsAPerson(word: string): boolean {
    return this.filed.surnames.has(word);
  }

  /** Whether the tagger found `text` as the name of something other than a person: `Washington`, `Chrysler LLC`. */
  namesAThing(text: string): boolean {
    return this.filed.things.has(text);
  }

  /** The mentions lying inside `[start, end)`, in text order. */
  within(start: number, end: number): Mention[] {
    const inside: Mention[] = [];
    for (let i = this.firstStartingAtOrAfter(start); i < this.all.length && this.all[i]!.start < end; i++) {
      if (this.all[i]!.end <= end) inside.push(this.all[i]!);
    }
    return inside;
  }

  /** The mentions that hold all of `[start, end)`. */
  holding(start: number, end: number): Mention[] {
    const holders: Mention[] = [];
    for (let i = this.firstStartingAtOrAfter(start + 1) - 1; i >= 0 && this.reach[i]! >= end; i--) {
      if (this.all[i]!.end >= end) holders.push(this.all[i]!);
    }
    return holders;
  }

  /** The last mention ending at or before `offset` and not before `floor` that `accepts`, looking back no further. */
  lastBefore(offset: number, floor: number, accepts: (mention: Mention) => boolean): Mention | undefined {
    for (let i = this.firstStartingAtOrAfter(offset) - 1; i >= 0 && this.all[i]!.start >= floor; i--) {
      if (this.all[i]!.end <= offset && accepts(this.all[i]!)) return this.all[i];
    }
    return undefined;
  }

  private firstStartingAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.all.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.all[middle]!.start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** One number for a span: offsets fit in 32 bits, so start and end together fit in a double exactly. */
function spanKey(span: Span): number {
  return span.start * 0x100000000 + span.end;
}

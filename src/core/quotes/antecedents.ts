import type { Mention } from '../entities/mention';
import { Heap } from './heap';
import type { MentionIndex } from './mention-index';
import { otherSex, type Sex } from './sex';
import { ORGANISATION_END } from './spelling';

/** Someone a pronoun may stand for, and where the copy last named them. */
interface Candidate {
  readonly at: number;
  readonly name: string;
  /** People the tagger found come before speakers named at the same place, and speakers in the order they spoke. */
  readonly rank: number;
}

interface HeardSpeaker {
  readonly name: string;
  readonly surname: string;
  /** What their name says of their sex, read when their surname is first found (`neither` for nothing). */
  sex?: Sex | 'neither';
  readonly rank: number;
  /** Where their surname last stood, unless it stood inside someone else's name there. */
  last?: Candidate;
  /** Every place their surname stands, and the next of them not read yet. */
  readonly places: readonly number[];
  next: number;
}

/**
 * Who `he` or `she` before a quote stands for: the person named last before
 * it, by the tagger or by the surname of someone already quoted (`Dahl met
 * the fishermen.` after `Ingrid Dahl` spoke), passing over organisations that
 * spoke and anyone whose given name is of the other sex. The quotes are read
 * in order and the text between them once, so each question costs the same
 * however long the article is.
 */
export class Antecedents {
  private persons?: { readonly byEnd: Candidate[]; readonly lastOfSex: Record<Sex, number[]> };
  private readonly heardNames = new Set<string>();
  /** The speakers' surnames read so far, nearest first, for each sex and for names of neither. */
  private readonly nearestHeard = new Map<Sex | undefined, Heap<Candidate & { readonly speaker: HeardSpeaker }>>();
  /** Each heard speaker by the next place their surname stands, so the copy is read in order, once. */
  private readonly unread = new Heap<HeardSpeaker>((a, b) => a.places[a.next]! < b.places[b.next]!);
  /** How far the copy has been read for surnames. */
  private readUpTo = 0;

  constructor(
    private readonly index: MentionIndex,
    private readonly canonical: (mention: Mention) => string,
    private readonly surnamePlaces: (surname: string) => number[],
    private readonly sexOf: (name: string) => Sex | undefined,
    private readonly titled: (name: string) => Sex | undefined,
  ) {}

  /** A quote's speaker, heard in reading order: their surname names them from here on, and before. */
  heard(name: string): void {
    if (this.heardNames.has(name) || ORGANISATION_END.has(name.split(/\s+/).at(-1)!)) return;
    this.heardNames.add(name);
    const surname = name.split(/\s+/).at(-1)!;
    const speaker: HeardSpeaker = { name, surname, rank: 1 + this.heardNames.size, places: this.surnamePlaces(surname), next: 0 };
    // Their surname before the copy read so far: only the last place counts.
    while (speaker.next < speaker.places.length && speaker.places[speaker.next]! + surname.length <= this.readUpTo) speaker.next++;
    if (speaker.next > 0) this.consider(speaker, speaker.places[speaker.next - 1]!);
    if (speaker.next < speaker.places.length) this.unread.push(speaker);
  }

  /** The person a pronoun of `sex` just before `offset` stands for, as the article spells them. */
  nearest(offset: number, sex: Sex): string | undefined {
    this.readTo(offset);
    const persons = (this.persons ??= this.personsByEnd());
    const last = lastEndingBy(persons.byEnd, offset);
    const person = persons.byEnd[last];
    const personOfSex = persons.byEnd[last >= 0 ? persons.lastOfSex[sex][last]! : -1];
    const heard = (of: Sex | undefined) => this.nearestHeardOf(of);
    const nearest = [person, heard('male'), heard('female'), heard(undefined)].reduce(nearer, undefined);
    const matching = nearer(personOfSex, heard(sex));
    if (!nearest || this.sexOf(nearest.name) !== otherSex(sex)) return nearest?.name;
    // Given names mislead across languages (`Kristen` is a man's name in Estonia): the nearest person is passed
    // over for one further back whose name is plainly of the pronoun's sex, and is no antecedent only when a
    // courtesy title (`Mr.`, `Ms.`) says they are of the other sex.
    return matching?.name ?? (this.titled(nearest.name) === otherSex(sex) ? undefined : nearest.name);
  }

  private personsByEnd(): { byEnd: Candidate[]; lastOfSex: Record<Sex, number[]> } {
    const byEnd = this.index.all
      .filter((mention) => mention.type === 'person')
      .map((mention) => ({ at: mention.end, name: this.canonical(mention), rank: 0 }))
      .sort((a, b) => a.at - b.at);
    const lastOfSex: Record<Sex, number[]> = { male: [], female: [] };
    byEnd.forEach((candidate, i) => {
      const sex = this.sexOf(candidate.name);
      for (const each of ['male', 'female'] as const) lastOfSex[each].push(sex === each ? i : (lastOfSex[each][i - 1] ?? -1));
    });
    return { byEnd, lastOfSex };
  }

  /** Reads the copy up to `offset`, noting each heard speaker's surname standing there. */
  private readTo(offset: number): void {
    for (let speaker = this.unread.top(); speaker; speaker = this.unread.top()) {
      const at = speaker.places[speaker.next]!;
      if (at + speaker.surname.length > offset) break;
      this.unread.pop();
      this.consider(speaker, at);
      if (++speaker.next < speaker.places.length) this.unread.push(speaker);
    }
    this.readUpTo = Math.max(this.readUpTo, offset);
  }

  /** `Minh` inside `Do Minh Tuan` is someone else's name. */
  private namesThem(speaker: HeardSpeaker, at: number): boolean {
    return !this.index.holding(at, at + speaker.surname.length).some((mention) => !speaker.name.endsWith(mention.text));
  }

  /**
   * The speaker's surname stands at `at`: their latest place, unless it is
   * inside someone else's name, which leaves them with none until the next.
   */
  private consider(speaker: HeardSpeaker, at: number): void {
    if (!this.namesThem(speaker, at)) {
      delete speaker.last;
      return;
    }
    const candidate = { at: at + speaker.surname.length, name: speaker.name, rank: speaker.rank, speaker };
    speaker.last = candidate;
    speaker.sex ??= this.sexOf(speaker.name) ?? 'neither';
    const sex = speaker.sex === 'neither' ? undefined : speaker.sex;
    let heap = this.nearestHeard.get(sex);
    if (!heap) this.nearestHeard.set(sex, (heap = new Heap((a, b) => nearer(a, b) === a)));
    heap.push(candidate);
  }

  /** The nearest place a speaker of this sex was named, passing over places since superseded. */
  private nearestHeardOf(sex: Sex | undefined): Candidate | undefined {
    const heap = this.nearestHeard.get(sex);
    while (heap?.top() && heap.top()!.speaker.last !== heap.top()) heap.pop();
    return heap?.top();
  }
}

/** The nearer of two candidates to what follows them; of two named at the same place, the first ranked. */
function nearer(a: Candidate | undefined, b: Candidate | undefined): Candidate | undefined {
  if (!a || !b) return a ?? b;
  return b.at > a.at || (b.at === a.at && b.rank < a.rank) ? b : a;
}

/** The index of the last candidate ending at or before `offset`, or -1. */
function lastEndingBy(byEnd: readonly Candidate[], offset: number): number {
  let low = 0;
  let high = byEnd.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byEnd[middle]!.at <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

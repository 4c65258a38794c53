import type { Candidate, LinkItem, LinkKind, LinkTable } from './table';

/**
 * What one name of the story says about where it is: each of its candidate
 * items (`self`) and the countries and regions they lie in (`within`), each
 * weighed by how many candidates share the name, so a name of two
 * namesakes says half as much for each.
 */
export interface Evidence {
  readonly self: ReadonlyMap<string, number>;
  readonly within: ReadonlyMap<string, number>;
}

export function evidenceOf(candidates: readonly Candidate[]): Evidence {
  const self = new Map<string, number>();
  const within = new Map<string, number>();
  const weight = 1 / candidates.length;
  for (const { item } of candidates) {
    self.set(item.qid, Math.max(self.get(item.qid) ?? 0, weight));
    for (const cue of item.cues) within.set(cue, Math.max(within.get(cue) ?? 0, weight));
  }
  return { self, within };
}

/**
 * How much more a kind of item is the usual reading of a shared name: a
 * country before a city of its name, a city before a region, a body known
 * worldwide (`UN`) before a small party of the same letters.
 */
const PRIOR: Partial<Record<LinkKind, number>> = { country: 3, capital: 2.5, city: 2, region: 1, 'region-cued': 1, organisation: 1 };

/** The margin by which the best reading must lead the next: below it, the name stays unlinked. */
const MARGIN = 1;

export interface Scored {
  readonly candidate: Candidate;
  /** What the rest of the story says for it: things inside it (strong), its region named, its country named or places in it (weak). */
  readonly support: number;
  readonly score: number;
}

/** The whole story's evidence, each item's weights summed over its names, so one name's share can be taken off again. */
export function storyEvidence(names: Iterable<Evidence>): Evidence {
  const self = new Map<string, number>();
  const within = new Map<string, number>();
  for (const evidence of names) {
    for (const [qid, weight] of evidence.self) self.set(qid, (self.get(qid) ?? 0) + weight);
    for (const [qid, weight] of evidence.within) within.set(qid, (within.get(qid) ?? 0) + weight);
  }
  return { self, within };
}

/**
 * Places inside the item (`Atlanta` for the state of Georgia) and the
 * item's own region named are strong support; its country named, or
 * anything else in its country, is weak and counts once, since a story
 * that mentions the United States is not thereby about a US state. The
 * name's own evidence (`own`) is left out: a name does not support itself.
 */
export function scoreCandidate(candidate: Candidate, story: Evidence, own: Evidence | undefined, table: LinkTable): Scored {
  const { item } = candidate;
  const self = (qid: string) => (story.self.get(qid) ?? 0) - (own?.self.get(qid) ?? 0);
  const inside = (qid: string) => (story.within.get(qid) ?? 0) - (own?.within.get(qid) ?? 0);
  let strong = inside(item.qid);
  let weak = 0;
  const regions = regionsOf(item, table);
  for (const cue of item.cues) {
    if (regions.includes(cue)) strong += self(cue);
    else weak += Math.max(self(cue), inside(cue));
  }
  const score = (PRIOR[item.kind] ?? 0) + 2 * Math.min(strong, 3) + Math.min(weak, 1);
  return { candidate, support: strong + weak, score };
}

/** The item's cues that are regions (the rest are countries), worked out once per item. */
function regionsOf(item: LinkItem, table: LinkTable): readonly string[] {
  let regions = regionCues.get(item);
  if (!regions) {
    const isRegion = (cue: string) => ['region', 'region-cued'].includes(table.item(cue)?.kind ?? '');
    regionCues.set(item, (regions = item.cues.filter((cue) => cue !== item.qid && isRegion(cue))));
  }
  return regions;
}

const regionCues = new WeakMap<LinkItem, readonly string[]>();

/**
 * The candidate the story singles out, with its support, or none. A name
 * that is both a country and its capital (`Luxembourg`) is the country,
 * unless a preposition puts something in it (`talks in Luxembourg`), where
 * either may be meant and the name stays unlinked.
 */
export function chooseCandidate(
  candidates: readonly Candidate[],
  scored: (candidate: Candidate) => Scored,
  locative: boolean,
): { candidate: Candidate; support: number } | undefined {
  const country = candidates.find((c) => c.item.kind === 'country');
  const capital = country && candidates.find((c) => c.item.kind === 'capital' && c.item.cues.includes(country.item.qid));
  if (capital && locative) return undefined;
  const pool = capital ? candidates.filter((c) => c !== capital) : candidates;
  const ranked = pool.map(scored).sort((a, b) => b.score - a.score);
  const [best, next] = ranked;
  if (!best || (next && best.score - next.score < MARGIN)) return undefined;
  return { candidate: best.candidate, support: best.support };
}

import type { EntityType, Mention } from '../entities/mention';
import type { Span } from '../text/span';
import { localCues, withoutKindWord, type LocalCues } from './cues';
import { officesDisagree } from './offices';
import { chooseCandidate, evidenceOf, scoreCandidate, storyEvidence, type Evidence, type Scored } from './score';
import { KINDS_OF_TYPE, linkKey, type Candidate, type LinkItem, type LinkKind, type LinkTable } from './table';

/** A mention's Wikidata item, and who decided it. */
export interface Link {
  readonly qid: string;
  /** `dictionary`: the workspace dictionary or the editor's front-matter; `table`: the linker, from the shipped table. */
  readonly source: 'dictionary' | 'table';
  /** The table's short description (`President of Russia (since 2012, as of 2022)`), when the table knows the item. */
  readonly description?: string;
  readonly kind?: LinkKind;
}

/** One entity of the article as the linker reads it: its canonical name, type, any decided QID, and its mentions. */
export interface EntityToLink {
  readonly canonical: string;
  readonly type: EntityType;
  /** The dictionary's or the editor's QID, which always wins; an empty one says the name links to nothing. */
  readonly wikidata?: string;
  readonly mentions: readonly Mention[];
}

/** Where the article's datelines name their cities and where its credits stand: a dateline's city is a city, a credit an agency. */
export interface ArticleFrame {
  readonly datelines: readonly Span[];
  readonly credits: readonly Span[];
}

/** A mention with what it may name once its own words and surroundings are read. */
interface Reading {
  readonly entity: EntityToLink;
  readonly mention: Mention;
  /** The name looked up and its type: the article's readings of one name share their context. */
  readonly key: string;
  readonly cues: LocalCues;
  readonly cued: boolean;
  /** `London, Ontario`: the words after the comma named where it is, and chose among its namesakes. */
  readonly qualified: boolean;
  candidates: Candidate[];
}

const isRegion = (kind: LinkKind) => kind === 'region' || kind === 'region-cued';
const isCity = (kind: LinkKind) => kind === 'city' || kind === 'capital';
const within = (span: Span, spans: readonly Span[]) => spans.some((s) => s.start <= span.start && span.end <= s.end);

/** The items a name may stand for, of the kinds its type allows (a nationality only as one). */
function candidatesOf(name: string, type: EntityType, table: LinkTable): Candidate[] {
  const all = table.candidates(name);
  const nationalities = all.filter((c) => c.nationality);
  if (type === 'nationality') return nationalities;
  const kinds = KINDS_OF_TYPE[type];
  const found = all.filter((c) => !c.nationality && kinds.includes(c.item.kind));
  // `Belgian` taken for a place still points at Belgium: the country is what the word names.
  return found.length === 0 && type === 'place' ? nationalities : found;
}

/**
 * What to look a mention up by: a lone surname by the full name the article
 * gives (`Kim` → `Kim Jong Un`), an acronym by the name it was joined to
 * (`EU` → `European Union`), and a name with its kind written in (`Moscow
 * Oblast`) by the bare name with the kind as a cue.
 */
function lookUp(
  mention: Mention,
  entity: EntityToLink,
  table: LinkTable,
): { name: string; candidates: Candidate[]; kind?: 'region' | 'city' } {
  const surname = entity.type === 'person' && !/\s/u.test(mention.text.trim()) && /\s/u.test(entity.canonical);
  const forms = surname ? [entity.canonical] : [mention.text, entity.canonical];
  for (const form of forms) {
    const found = candidatesOf(form, mention.type, table);
    if (found.length > 0) return { name: form, candidates: found };
    const bare = withoutKindWord(form);
    const inner = bare ? candidatesOf(bare.name, mention.type, table) : [];
    if (bare && inner.length > 0) return { name: bare.name, candidates: inner, kind: bare.region ? 'region' : 'city' };
  }
  return { name: forms[0]!, candidates: [] };
}

/** Keeps the candidates `keep` allows, unless it would leave none: a cue narrows, never empties. */
function narrow(candidates: Candidate[], keep: (c: Candidate) => boolean): Candidate[] {
  const kept = candidates.filter(keep);
  return kept.length > 0 ? kept : candidates;
}

const NO_CUES: LocalCues = { region: false, city: false, locative: false, datelineCity: false };

function readingOf(text: string, entity: EntityToLink, mention: Mention, frame: ArticleFrame, table: LinkTable): Reading {
  const found = lookUp(mention, entity, table);
  const key = `${mention.type}:${linkKey(found.name)}`;
  if (found.candidates.length === 0) return { entity, mention, key, cues: NO_CUES, cued: false, qualified: false, candidates: [] };
  // The words around a name only choose among namesakes, allow a region known by its kind, or give a person's title.
  const choosing = found.candidates.length > 1 || found.candidates[0]!.item.kind === 'region-cued' || mention.type === 'person';
  const near = choosing ? localCues(text, mention, mention.type === 'person') : NO_CUES;
  const cues: LocalCues = { ...near, region: near.region || found.kind === 'region', city: near.city || found.kind === 'city' };
  const dateline = within(mention, frame.datelines) || near.datelineCity;
  const credit = within(mention, frame.credits) || /^\)\s*(?:-{1,2}|\u2013|\u2014)\s/u.test(text.slice(mention.end, mention.end + 5));
  let candidates = found.candidates;
  // A region known by its bare name only beside its kind (`the Amur region`) is never the bare name alone.
  candidates = cues.region ? narrow(candidates, (c) => isRegion(c.item.kind)) : candidates.filter((c) => c.item.kind !== 'region-cued');
  if (cues.city || dateline) candidates = narrow(candidates, (c) => isCity(c.item.kind));
  if (credit) candidates = narrow(candidates, (c) => c.item.kind === 'organisation');
  const where = new Set(cues.qualifier ? candidatesOf(cues.qualifier, 'place', table).map((c) => c.item.qid) : []);
  const qualified = candidates.filter((c) => c.item.cues.some((cue) => where.has(cue)));
  if (qualified.length > 0) candidates = qualified;
  const cued = cues.region || cues.city || qualified.length > 0 || dateline || credit;
  return { entity, mention, key, cues, cued, qualified: qualified.length > 0, candidates };
}

/**
 * One sense per story: once the copy says which namesake it means
 * (`LONDON, Ontario`), its bare mentions mean that one too. A cue of kind
 * (`the Moscow region`) is said to set one mention apart, so it is not carried.
 */
function carryQualifiers(readings: readonly Reading[]): void {
  const chosen = new Map<EntityToLink, Set<string>>();
  for (const r of readings)
    if (r.qualified && r.candidates.length === 1) chosen.set(r.entity, (chosen.get(r.entity) ?? new Set()).add(r.candidates[0]!.item.qid));
  for (const r of readings) {
    const qids = chosen.get(r.entity);
    if (r.cued || !qids || qids.size !== 1) continue;
    r.candidates = narrow(r.candidates, (c) => qids.has(c.item.qid));
  }
}

/** Whether the chosen item may be linked on the support the article gives it (see `gate`). */
function passes(reading: Reading, chosen: Candidate, support: number, readings: readonly Reading[], text: string): boolean {
  const { item } = chosen;
  if (chosen.derived && support <= 0) return false;
  if (item.kind === 'in-office' || item.kind === 'former-office')
    return support > 0 && !(reading.cues.title && officesDisagree(reading.cues.title, item.description));
  if (item.kind === 'party' || item.kind === 'government') return support > 0;
  if (item.kind === 'city' || isRegion(item.kind)) return (support > 0 || reading.cued) && !elsewhere(reading, item, readings, text);
  return true;
}

/**
 * `Uglegorsk … about 200 kilometers from Blagoveshchensk in the Amur
 * region`: a region the sentence names says where its places are, so a
 * town whose only namesake in the table lies in another region of the same
 * country, one the story never names, is some other town.
 */
function elsewhere(reading: Reading, item: LinkItem, readings: readonly Reading[], text: string): boolean {
  const region = item.cues.length > 1 ? item.cues[0] : undefined;
  if (!region || !isCity(item.kind) || !readings.some((r) => r.cues.region)) return false;
  const sentence = sentenceAround(text, reading.mention.start);
  const others = readings.filter((r) => r.candidates.length === 1 && r.key !== reading.key);
  if (others.some((r) => r.candidates[0]!.item.qid === region)) return false;
  return others.some((r) => {
    const other = r.candidates[0]!.item;
    const inSentence = r.mention.start >= sentence.start && r.mention.end <= sentence.end;
    return inSentence && isRegion(other.kind) && other.qid !== region && other.cues.includes(item.cues[1]!);
  });
}

function sentenceAround(text: string, offset: number): Span {
  const before = text.slice(0, offset);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const end = /[.!?](?:\s|$)|\n/u.exec(text.slice(offset));
  return { start, end: end ? offset + end.index : text.length };
}

/**
 * Links each mention of the article's entities to a Wikidata item, or to
 * none. The dictionary's and the editor's QIDs always win. Otherwise a
 * mention links only when the table knows its name for an item of its
 * type, the words around it and the rest of the story single that item
 * out, and the story supports it: a wrong link is worse than none.
 */
export function linkMentions(text: string, entities: readonly EntityToLink[], frame: ArticleFrame, table: LinkTable): Map<Mention, Link> {
  const links = new Map<Mention, Link>();
  for (const entity of entities) {
    if (!entity.wikidata) continue;
    const item = table.item(entity.wikidata);
    const link: Link = { qid: entity.wikidata, source: 'dictionary', ...(item ? { description: item.description, kind: item.kind } : {}) };
    for (const mention of entity.mentions) links.set(mention, link);
  }
  // An editor who cleared a link (`wikidata: ''`) has decided too: such a name is not looked up.
  const undecided = entities.filter((e) => e.wikidata === undefined);
  const readings = undecided.flatMap((e) => e.mentions.map((m) => readingOf(text, e, m, frame, table)));
  carryQualifiers(readings);
  // Two readings of the story: the second hears each name the first resolved as the item chosen, and the rest as before.
  let chosen = new Map<Reading, Candidate>();
  const rounds = readings.some((r) => r.candidates.length > 1) ? 2 : 1;
  for (let pass = 0; pass < rounds; pass++) {
    const evidence = new Map<string, Evidence>();
    for (const r of readings) {
      const decided = chosen.get(r);
      if (decided) evidence.set(r.key, evidenceOf([decided]));
      else if (!evidence.has(r.key) && r.candidates.length > 0) evidence.set(r.key, evidenceOf(r.candidates));
    }
    const next = new Map<Reading, Candidate>();
    const story = storyEvidence(evidence.values());
    const scores = new Map<string, Scored>();
    for (const reading of readings) {
      if (reading.candidates.length === 0) continue;
      // Readings of one name hear the same story: each candidate is scored once for the name.
      const scoredFor = (candidate: Candidate): Scored => {
        const id = `${reading.key} ${candidate.item.qid}`;
        let found = scores.get(id);
        if (!found) scores.set(id, (found = scoreCandidate(candidate, story, evidence.get(reading.key), table)));
        return found;
      };
      const choice = chooseCandidate(reading.candidates, scoredFor, reading.cues.locative && !reading.cued);
      if (choice && passes(reading, choice.candidate, choice.support, readings, text)) next.set(reading, choice.candidate);
    }
    chosen = next;
  }
  for (const [reading, { item }] of chosen)
    links.set(reading.mention, { qid: item.qid, source: 'table', description: item.description, kind: item.kind });
  return links;
}

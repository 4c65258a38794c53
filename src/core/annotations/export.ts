import type { Article, ArticleFile } from '../article/model';
import { tokenize } from '../entities/tokenize';
import type { EntityType } from '../entities/mention';
import { readEditorAnnotations } from '../article/front-matter';
import { wikidataUri } from '../linking';
import { speakerMention, type SpeakerKind } from '../quotes/model';
import type { ArticleAnnotations } from './model';

/**
 * One annotation as other tools consume it (`copydesk annotate --format
 * jsonl`): the fields `kind`, `start`, `end`, `text`, `value`, `speaker`
 * and `entity` are a stable interface; the rest may grow.
 */
export interface AnnotationRecord {
  readonly kind: EntityType | 'date' | 'quote';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO 8601 at the text's precision for dates (`2023-09-13`, `2023-09`, `1948`, `P2W`), else null. */
  readonly value: string | null;
  /** The canonical speaker of a quote, else null. */
  readonly speaker: string | null;
  /** The canonical name of an entity mention, else null. */
  readonly entity: string | null;
  /** 0-based article of the file the annotation belongs to. */
  readonly article: number;
  /** For dates: a date, a time or a duration, and whether the article's own date resolved it. */
  readonly dateKind?: 'date' | 'time' | 'duration';
  readonly relative?: boolean;
  /** For people: the title before the name (`Defense Minister`). */
  readonly role?: string;
  /** For a linked entity mention: its Wikidata item (`Q7747`) and that item's entity URI (`http://www.wikidata.org/entity/Q7747`). */
  readonly qid?: string;
  readonly uri?: string;
  /**
   * For quotes: where the copy says who spoke (`Mr. Hart`, `she`, `a
   * spokeswoman`), the offsets of those words, and what they are (`named`,
   * `pronoun`, `description`); null when nothing attributes the quote. A
   * quote that carries on the speaker of the one before points at that
   * quote's words.
   */
  readonly speakerStart?: number | null;
  readonly speakerEnd?: number | null;
  readonly speakerKind?: SpeakerKind | null;
  /**
   * For quotes: the words inside the marks, paragraph by paragraph, so a
   * quote over several paragraphs (in a Markdown blockquote, say) can be
   * read without the blank lines and `>` markup its span crosses.
   */
  readonly parts?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  /**
   * Present when an editor decided it in the front-matter's `annotations`
   * (a name they marked, a speaker they set): training data can weigh
   * these above what the tagger found.
   */
  readonly confirmed?: true;
}

/** Every annotation of a file, in text order (longer first where two start together). */
export function annotationRecords(file: ArticleFile, annotationsOf: (article: Article) => ArticleAnnotations): AnnotationRecord[] {
  const records: AnnotationRecord[] = [];
  const editor = readEditorAnnotations(file);
  const markedNames = new Set(editor.entities.flatMap((entity) => (entity.name ? [entity.text, entity.name] : [entity.text])));
  const confirmed = (decided: boolean) => (decided ? { confirmed: true as const } : {});
  for (const article of file.articles) {
    const annotations = annotationsOf(article);
    const base = { article: article.index };
    for (const mention of annotations.mentions) {
      records.push({
        ...base,
        kind: mention.type,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        value: null,
        speaker: null,
        entity: mention.entity,
        ...(mention.role ? { role: mention.role } : {}),
        ...(mention.link ? { qid: mention.link.qid, uri: wikidataUri(mention.link.qid) } : {}),
        ...confirmed(markedNames.has(mention.text)),
      });
    }
    for (const date of annotations.dates) {
      records.push({
        ...base,
        kind: 'date',
        start: date.start,
        end: date.end,
        text: date.text,
        value: date.value,
        speaker: null,
        entity: null,
        dateKind: date.kind,
        relative: date.relative,
      });
    }
    for (const quote of annotations.quotes)
      records.push({ ...base, ...quoteRecord(file.text, quote), ...confirmed(quote.speaker?.attribution === 'editor') });
  }
  return records.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A quote as a record: its words with their marks, its canonical speaker, and the words naming the speaker. */
function quoteRecord(text: string, quote: ArticleAnnotations['quotes'][number]): Omit<AnnotationRecord, 'article'> {
  const mention = speakerMention(quote);
  return {
    kind: 'quote',
    start: quote.start,
    end: quote.end,
    text: text.slice(quote.start, quote.end),
    value: null,
    speaker: quote.speaker?.name ?? null,
    entity: null,
    speakerStart: mention?.start ?? null,
    speakerEnd: mention?.end ?? null,
    speakerKind: mention?.kind ?? null,
    parts: quote.parts.map((part) => ({ start: part.start, end: part.end })),
  };
}

/** Shifts every record's offsets, for a file whose text as read begins with a byte order mark. */
export function shiftRecords(records: readonly AnnotationRecord[], by: number): AnnotationRecord[] {
  if (by === 0) return [...records];
  return records.map((record) => ({
    ...record,
    start: record.start + by,
    end: record.end + by,
    ...(typeof record.speakerStart === 'number' ? { speakerStart: record.speakerStart + by, speakerEnd: record.speakerEnd! + by } : {}),
    ...(record.parts ? { parts: record.parts.map((part) => ({ start: part.start + by, end: part.end + by })) } : {}),
  }));
}

/** CoNLL's four classes: a nationality is MISC there, as in CoNLL-2003. */
const CONLL_CLASS: Readonly<Record<EntityType, string>> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  nationality: 'MISC',
  other: 'MISC',
};

/**
 * CoNLL: one token per line with its BIO entity label (PER, ORG, LOC,
 * MISC), a blank line between the file's lines of text, as NER tools read
 * and write it.
 */
export function toConll(file: ArticleFile, records: readonly AnnotationRecord[]): string {
  const entityAt = entitiesByPosition(records.filter((record) => record.kind !== 'date' && record.kind !== 'quote'));
  const out: string[] = [];
  for (const line of file.lines) {
    const tokens = tokenize(line.text);
    if (tokens.length === 0) continue;
    for (const token of tokens) {
      const start = line.start + token.start;
      const entity = entityAt(start);
      const label = entity ? `${entity.start === start ? 'B' : 'I'}-${CONLL_CLASS[entity.kind as EntityType]}` : 'O';
      out.push(`${token.text}\t${label}`);
    }
    out.push('');
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}

/**
 * The first record (in `records`' order: by start, longer first) that holds
 * each offset, for offsets asked in increasing order, as CoNLL's tokens are:
 * one walk over the records instead of a search per token.
 */
function entitiesByPosition(records: readonly AnnotationRecord[]): (offset: number) => AnnotationRecord | undefined {
  let next = 0;
  return (offset) => {
    while (next < records.length && records[next]!.end <= offset) next++;
    for (let k = next; k < records.length && records[k]!.start <= offset; k++) if (offset < records[k]!.end) return records[k];
    return undefined;
  };
}

/** brat counts characters, not UTF-16 units (an emoji is one): each UTF-16 offset's character index. */
function codePointIndex(text: string): Int32Array {
  const index = new Int32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    index[i] = points;
    const code = text.charCodeAt(i);
    // The low half of a surrogate pair belongs to the character its high half opened.
    if (code < 0xdc00 || code > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) points++;
    else index[i] = points - 1;
  }
  index[text.length] = points;
  return index;
}

const BRAT_TYPE: Readonly<Record<AnnotationRecord['kind'], string>> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  nationality: 'Other',
  other: 'Other',
  date: 'Date',
  quote: 'Quote',
};

/** brat's text-bound line for `[start, end)`, split into fragments where it crosses a line (brat's text field holds no line break). */
function textBound(
  text: string,
  characters: Int32Array,
  id: string,
  type: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
): string {
  const fragments: Array<[number, number]> = [];
  for (const { start, end } of spans) {
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === '\n' || text[i] === '\r') {
        if (i > from) fragments.push([from, i]);
        from = i + 1;
      }
    }
  }
  const places = fragments.map(([a, b]) => `${characters[a]} ${characters[b]}`).join(';');
  const words = fragments.map(([a, b]) => text.slice(a, b)).join(' ');
  return `${id}\t${type} ${places}\t${words}`;
}

/** A quote's paragraphs as brat fragments: each part with its opening mark (the first) and the closing one (the last). */
function quoteFragments(record: AnnotationRecord): Array<{ start: number; end: number }> {
  const parts = record.parts!;
  return parts.map((part, index) => ({
    start: index === 0 ? record.start : part.start - 1,
    end: index === parts.length - 1 ? record.end : part.end,
  }));
}

/**
 * brat standoff (`.ann`): a text-bound annotation per record, with the
 * resolved date, the canonical name or the speaker as an annotator note, a
 * linked name's Wikidata item as a normalization (`N1`, `Reference T1
 * Wikidata:Q7747`, `Vladimir Putin`, tab-separated), and each quote linked
 * to the words that say who spoke (a `Speaker` annotation, once per place)
 * by a `Speaker` relation.
 */
export function toBrat(text: string, records: readonly AnnotationRecord[]): string {
  const characters = codePointIndex(text);
  const lines: string[] = [];
  let normalizations = 0;
  records.forEach((record, index) => {
    const id = `T${index + 1}`;
    // A quote over several paragraphs is its words in each, with their marks, and none of the markup between.
    const spans = record.parts ? quoteFragments(record) : [record];
    lines.push(textBound(text, characters, id, BRAT_TYPE[record.kind], spans));
    const note = record.value ?? record.speaker ?? (record.entity && record.entity !== record.text ? record.entity : null);
    if (note) lines.push(`#${index + 1}\tAnnotatorNotes ${id}\t${note}`);
    if (record.qid) lines.push(`N${++normalizations}\tReference ${id} Wikidata:${record.qid}\t${record.entity ?? record.text}`);
  });
  const speakers = new Map<string, string>();
  let relations = 0;
  records.forEach((record, index) => {
    // An editor's speaker the copy never names has no words to link.
    if (typeof record.speakerStart !== 'number' || typeof record.speakerEnd !== 'number' || record.speakerStart === record.speakerEnd)
      return;
    const place = `${record.speakerStart}:${record.speakerEnd}`;
    let id = speakers.get(place);
    if (!id) {
      speakers.set(place, (id = `T${records.length + speakers.size + 1}`));
      lines.push(textBound(text, characters, id, 'Speaker', [{ start: record.speakerStart, end: record.speakerEnd }]));
    }
    lines.push(`R${++relations}\tSpeaker Arg1:T${index + 1} Arg2:${id}`);
  });
  return lines.join('\n') + (lines.length > 0 ? '\n' : '');
}

import { parse as parseYaml } from 'yaml';
import type { Dictionary } from '../annotations/dictionary';
import type { EntityMention } from '../annotations/model';
import type { ArticleFile } from '../article/model';
import type { EntityType } from '../entities/mention';
import type { Quote } from '../quotes/model';
import { frontMatterYaml } from './block-text';
import { NO_EDITOR_ANNOTATIONS, type EditorAnnotations } from './model';

const TYPES: readonly string[] = ['person', 'organization', 'place', 'other'];

/**
 * The editor's decisions in the front-matter's `annotations` block. Entries
 * of the wrong shape are skipped (the schema rule reports them), and broken
 * YAML means no decisions rather than a crash.
 */
export function readEditorAnnotations(file: ArticleFile): EditorAnnotations {
  if (!file.frontMatter) return NO_EDITOR_ANNOTATIONS;
  let data: unknown;
  try {
    data = parseYaml(frontMatterYaml(file)!);
  } catch {
    return NO_EDITOR_ANNOTATIONS;
  }
  const block = record(record(data)?.annotations);
  if (!block) return NO_EDITOR_ANNOTATIONS;
  return {
    entities: list(block.entities).flatMap((raw) => {
      const entry = record(raw);
      if (typeof entry?.text !== 'string' || typeof entry.type !== 'string' || !TYPES.includes(entry.type)) return [];
      return [
        {
          text: entry.text,
          type: entry.type as EntityType,
          ...(typeof entry.name === 'string' ? { name: entry.name } : {}),
          ...(typeof entry.wikidata === 'string' ? { wikidata: entry.wikidata } : {}),
        },
      ];
    }),
    notEntities: list(block.notEntities).filter((word): word is string => typeof word === 'string'),
    speakers: list(block.speakers).flatMap((raw) => {
      const entry = record(raw);
      return typeof entry?.quote === 'string' && typeof entry.speaker === 'string' ? [{ quote: entry.quote, speaker: entry.speaker }] : [];
    }),
  };
}

/**
 * The workspace dictionary with the article's own decisions on top: a word
 * the editor marked is a dictionary name, one they unmarked is ignored. The
 * editor's word for this article wins over the workspace's.
 */
export function withEditorAnnotations(dictionary: Dictionary, editor: EditorAnnotations): Dictionary {
  if (editor.entities.length === 0 && editor.notEntities.length === 0) return dictionary;
  const marked = editor.entities.map((entity) => ({
    name: entity.name ?? entity.text,
    type: entity.type,
    aliases: entity.name && entity.name !== entity.text ? [entity.text] : [],
    ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
  }));
  const unmarked = new Set(editor.notEntities);
  const kept = dictionary.entries.filter((entry) => !unmarked.has(entry.name));
  return { entries: [...marked, ...kept], ignore: [...dictionary.ignore, ...editor.notEntities] };
}

/**
 * The quotes with the editor's speakers put in. The speaker's span is their
 * mention nearest the quote, or an empty span at the quote's start when the
 * copy never names them (the editor knows who said it; the text does not).
 */
export function withEditorSpeakers(
  quotes: readonly Quote[],
  mentions: readonly EntityMention[],
  editor: EditorAnnotations,
): readonly Quote[] {
  if (editor.speakers.length === 0) return quotes;
  return quotes.map((quote) => {
    const decided = editor.speakers.find((entry) => quote.text.includes(entry.quote));
    if (!decided) return quote;
    const named = mentions
      .filter((mention) => mention.entity === decided.speaker || mention.text === decided.speaker)
      .sort((a, b) => Math.abs(a.start - quote.start) - Math.abs(b.start - quote.start))[0];
    const span = named ? { start: named.start, end: named.end } : { start: quote.start, end: quote.start };
    const { unnamedSpeaker: _copy, ...rest } = quote;
    return { ...rest, speaker: { name: decided.speaker, span, kind: 'named', attribution: 'editor' } };
  });
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

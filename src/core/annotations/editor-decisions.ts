import type { EditorAnnotations } from '../article/model';
import type { Quote } from '../quotes/model';
import type { Dictionary } from './dictionary';
import type { EntityMention } from './model';

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

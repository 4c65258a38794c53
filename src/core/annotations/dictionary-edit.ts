import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import type { EntityType } from '../entities/mention';

export type DictionaryEdit = { readonly kind: 'edited'; readonly text: string } | { readonly kind: 'refused'; readonly reason: string };

/** The dictionary file as a YAML document to add to, or why it cannot be added to. */
function openDictionary(text: string): { document: Document } | { reason: string } {
  const document = parseDocument(text);
  if (document.errors.length > 0) return { reason: `the dictionary is not valid YAML: ${document.errors[0]!.message.split('\n')[0]}` };
  if (document.contents === null) document.contents = document.createNode({}) as never;
  if (!isMap(document.contents)) return { reason: 'the dictionary must be a mapping with `entities` and `ignore`' };
  return { document };
}

/** The list at `key`, created when missing; undefined when the key holds something else. */
function listAt(document: Document, key: string): YAMLSeq | undefined {
  const found = document.get(key, true);
  if (found === undefined || found === null) {
    const list = document.createNode([]) as YAMLSeq;
    document.set(key, list);
    return list;
  }
  return isSeq(found) ? found : undefined;
}

/**
 * Adds a name to the workspace dictionary's `entities`, so every article in
 * the workspace reads it the editor's way. YAML's document API keeps the
 * file's comments and other entries; a name already listed is left as it is.
 */
export function addDictionaryEntry(text: string, name: string, type: EntityType): DictionaryEdit {
  const opened = openDictionary(text);
  if ('reason' in opened) return { kind: 'refused', reason: opened.reason };
  const entities = listAt(opened.document, 'entities');
  if (!entities) return { kind: 'refused', reason: '`entities` in the dictionary is not a list' };
  const listed = entities.items.some((item) => isMap(item) && item.get('name') === name);
  if (listed) return { kind: 'refused', reason: `"${name}" is in the dictionary already` };
  entities.add(opened.document.createNode({ name, type }));
  return { kind: 'edited', text: opened.document.toString() };
}

/** Adds words to the dictionary's `ignore` list: never a name, in any article of the workspace. */
export function addDictionaryIgnore(text: string, words: string): DictionaryEdit {
  const opened = openDictionary(text);
  if ('reason' in opened) return { kind: 'refused', reason: opened.reason };
  const ignore = listAt(opened.document, 'ignore');
  if (!ignore) return { kind: 'refused', reason: '`ignore` in the dictionary is not a list' };
  if (ignore.items.some((item) => isScalar(item) && item.value === words))
    return { kind: 'refused', reason: `"${words}" is ignored already` };
  ignore.add(opened.document.createNode(words));
  return { kind: 'edited', text: opened.document.toString() };
}

import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addDictionaryEntry, addDictionaryIgnore, type DictionaryEdit } from '../core/annotations/dictionary-edit';
import type { EntityType } from '../core/entities/mention';
import { LineIndex } from '../core/text/lines';
import { readSettingsText } from '../workspace/read-text';

/** A name is a few words on one line, as for the front-matter marks. */
const MAX_NAME_LENGTH = 80;

const ENTRIES: ReadonlyArray<{ readonly label: string; readonly type: EntityType }> = [
  { label: 'Person', type: 'person' },
  { label: 'Organisation', type: 'organization' },
  { label: 'Place', type: 'place' },
];

/**
 * "Add to the Workspace Dictionary" on a selection: the decision goes to the
 * dictionary file the configuration names, so every article in the workspace
 * reads the name the editor's way (front-matter marks are for one article).
 * The edit replaces the file's text, so one undo reverts it; the server
 * reads the dictionary again once the file is saved.
 */
export function dictionaryActions(document: TextDocument, range: Range, dictionaryPath: string | undefined): CodeAction[] {
  const words = document.getText(range).trim();
  if (!dictionaryPath || !existsSync(dictionaryPath) || !words || words.length > MAX_NAME_LENGTH || /[\r\n]/.test(words)) return [];
  let before: string;
  try {
    before = readSettingsText(dictionaryPath);
  } catch {
    // A dictionary that is no regular file or too large gets no edits; the diagnostics already say why.
    return [];
  }
  const uri = pathToFileURL(dictionaryPath).href;
  const action = (title: string, edited: DictionaryEdit): CodeAction => {
    if (edited.kind === 'refused') return { title, kind: CodeActionKind.RefactorRewrite, disabled: { reason: edited.reason } };
    const whole = { start: { line: 0, character: 0 }, end: new LineIndex(before).positionAt(before.length) };
    return { title, kind: CodeActionKind.RefactorRewrite, edit: { changes: { [uri]: [{ range: whole, newText: edited.text }] } } };
  };
  return [
    ...ENTRIES.map((entry) =>
      action(`Add “${words}” to the Workspace Dictionary as ${entry.label}`, addDictionaryEntry(before, words, entry.type)),
    ),
    action(`Ignore “${words}” in the Workspace Dictionary`, addDictionaryIgnore(before, words)),
  ];
}

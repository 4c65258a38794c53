import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';
import { LANGUAGE_ID, SETTINGS_SECTION as SECTION } from './contributions';

/**
 * `copydesk.files`: globs of plain-text and Markdown files the newsroom
 * treats as articles, matched against the file's full path. Anything that
 * is not a non-empty string is ignored rather than trusted.
 */
export function articleGlobs(): string[] {
  const globs: unknown = vscode.workspace.getConfiguration(SECTION).get('files', []);
  if (!Array.isArray(globs)) return [];
  return globs.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
}

/** Which documents the server sees: every `news` document, plus the files `copydesk.files` names. */
export function documentSelector(globs: readonly string[]): DocumentSelector {
  return [{ language: LANGUAGE_ID }, ...globs.map((pattern) => ({ scheme: 'file', pattern }))];
}

/** Whether the server sees this document (the language client's selector, as `vscode.languages` matches it). */
export function isArticle(document: vscode.TextDocument): boolean {
  return vscode.languages.match(documentSelector(articleGlobs()) as vscode.DocumentSelector, document) > 0;
}

/** The document selector is fixed when the client starts, so a change to the globs needs a new client. */
export function changesDocumentSelector(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.files`);
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LSPErrorCodes, ResponseError, type CreateFile, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatForPath } from '../core/article/parse';
import { splitArticles } from '../core/article/split';
import { CLEANUPS, cleanupRules, type Cleanup } from '../core/cleanups';
import { fixFile } from '../core/fix';
import { LineIndex } from '../core/text/lines';
import type { Feature, ServerContext } from './context';
import { minimalEdit } from './convert';
import { frontMatterEdit } from './front-matter';
import { findArticleFiles, lintFiles } from './lint-workspace';
import { markEdit } from './marks';
import { SERVER_COMMANDS, type CommandOutcome, type DocumentArgument, type MarkArgument } from './protocol';

/** What a command on an open document does: an edit for the client to apply (one undo), under a label, and what to say. */
export interface DocumentChange {
  readonly label: string;
  readonly edit?: WorkspaceEdit;
  readonly outcome: CommandOutcome;
}

/**
 * A `workspace/executeCommand` command: most change one open document (its
 * `{ uri }` argument), applied through `workspace/applyEdit`; Lint Workspace's
 * two work on files on disk and answer with data.
 */
export type ServerCommand =
  | { readonly on: 'document'; run(document: TextDocument, argument: MarkArgument, context: ServerContext): DocumentChange }
  | { readonly on: 'workspace'; run(argument: unknown, context: ServerContext): unknown };

/** A cleanup command: only its own rules' fixes, as one edit of the whole changed stretch. */
function cleanup(which: Cleanup): ServerCommand {
  return {
    on: 'document',
    run(document, _argument, { documents }) {
      const text = document.getText();
      const rules = cleanupRules(which, documents.configFor(document.uri));
      const { output, applied } = fixFile(text, formatForPath(document.uri), rules, documents.optionsFor(document.uri));
      const change = minimalEdit(text, output, new LineIndex(text));
      const label = `Copydesk: ${which.done}`;
      if (!change) return { label, outcome: { changed: false, message: 'nothing to change' } };
      const fixes = `${applied.length} ${applied.length === 1 ? 'fix' : 'fixes'}`;
      return { label, edit: { changes: { [document.uri]: [change] } }, outcome: { changed: true, message: fixes } };
    },
  };
}

/** An annotation written into the front-matter. */
function mark(command: string): ServerCommand {
  return {
    on: 'document',
    run(document, argument, { documents }) {
      const result = documents.analysis(document);
      const { edit, outcome } = markEdit(command, argument, document, result, documents.optionsFor(document.uri));
      return { label: 'Copydesk: annotation recorded in the front-matter', ...(edit ? { edit } : {}), outcome };
    },
  };
}

const addFrontMatter: ServerCommand = {
  on: 'document',
  run(document, _argument, { documents }) {
    const found = frontMatterEdit(document.uri, documents.analysis(document));
    if ('message' in found) return { label: 'Copydesk: front-matter', outcome: { changed: false, message: found.message } };
    return {
      label: `Copydesk: ${found.title}`,
      edit: found.edit,
      outcome: { changed: true, message: `${found.title.toLowerCase()}: done` },
    };
  },
};

/** The file keeps its first article; each later one is created beside it (never over a file that exists). */
const splitArticlesCommand: ServerCommand = {
  on: 'document',
  run(document, _argument, { documents }) {
    const label = 'Copydesk: split articles into files';
    const exists = (target: string): boolean => target.startsWith('file:') && existsSync(fileURLToPath(target));
    const split = splitArticles(documents.analysis(document).file, document.uri, exists);
    if (!split) return { label, outcome: { changed: false, message: 'the file holds one article' } };
    const changes: Array<CreateFile | TextDocumentEdit> = split.moved.flatMap(({ name, text }) => [
      { kind: 'create', uri: name, options: { overwrite: false, ignoreIfExists: false } } satisfies CreateFile,
      {
        textDocument: { uri: name, version: null },
        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }],
      },
    ]);
    const text = document.getText();
    const kept = minimalEdit(text, split.kept, new LineIndex(text));
    if (kept) changes.push({ textDocument: { uri: document.uri, version: document.version }, edits: [kept] });
    const moved = split.moved.length;
    return {
      label,
      edit: { documentChanges: changes },
      outcome: { changed: true, message: `${moved} ${moved === 1 ? 'article' : 'articles'} moved to new files` },
    };
  },
};

/** Every command the server answers, by its id in {@link SERVER_COMMANDS}. */
export const COMMANDS: ReadonlyMap<string, ServerCommand> = new Map<string, ServerCommand>([
  [SERVER_COMMANDS.removeDuplicateCaptions, cleanup(CLEANUPS.removeDuplicateCaptions)],
  [SERVER_COMMANDS.removeScrapeArtifacts, cleanup(CLEANUPS.removeScrapeArtifacts)],
  [SERVER_COMMANDS.normaliseQuotes, cleanup(CLEANUPS.normaliseQuotes)],
  [SERVER_COMMANDS.normaliseWhitespace, cleanup(CLEANUPS.normaliseWhitespace)],
  [SERVER_COMMANDS.splitArticles, splitArticlesCommand],
  [SERVER_COMMANDS.addFrontMatter, addFrontMatter],
  [SERVER_COMMANDS.markPerson, mark(SERVER_COMMANDS.markPerson)],
  [SERVER_COMMANDS.markOrganisation, mark(SERVER_COMMANDS.markOrganisation)],
  [SERVER_COMMANDS.markPlace, mark(SERVER_COMMANDS.markPlace)],
  [SERVER_COMMANDS.markNotEntity, mark(SERVER_COMMANDS.markNotEntity)],
  [SERVER_COMMANDS.setSpeaker, mark(SERVER_COMMANDS.setSpeaker)],
  [SERVER_COMMANDS.setArticleDate, mark(SERVER_COMMANDS.setArticleDate)],
  [SERVER_COMMANDS.findArticleFiles, { on: 'workspace', run: findArticleFiles }],
  [SERVER_COMMANDS.lintFiles, { on: 'workspace', run: lintFiles }],
]);

/** Runs a document command on the open document its argument names, and has the client apply the edit. */
async function runOnDocument(
  command: Extract<ServerCommand, { on: 'document' }>,
  argument: unknown,
  context: ServerContext,
): Promise<unknown> {
  const { uri } = (argument ?? {}) as Partial<DocumentArgument>;
  const document = uri ? context.documents.get(uri) : undefined;
  if (!document) return new ResponseError(LSPErrorCodes.RequestFailed, `Copydesk: ${uri ?? 'no document'} is not open`);
  if (context.documents.tooLarge(document)) return { changed: false, message: 'the file is over copydesk.maxFileSize' };
  const { label, edit, outcome } = command.run(document, argument as MarkArgument, context);
  if (!edit) return outcome;
  const response = await context.connection.workspace.applyEdit({ label, edit });
  return response.applied ? outcome : { changed: false, message: response.failureReason ?? 'the editor did not apply the change' };
}

/** `workspace/executeCommand`, answered from the table. */
export const commands: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: [...COMMANDS.keys()] } }),

  register(context) {
    context.connection.onExecuteCommand(async (params) => {
      const command = COMMANDS.get(params.command);
      if (!command) return new ResponseError(LSPErrorCodes.RequestFailed, `Copydesk has no command ${params.command}`);
      const argument = params.arguments?.[0];
      return command.on === 'workspace' ? command.run(argument, context) : runOnDocument(command, argument, context);
    });
  },
};

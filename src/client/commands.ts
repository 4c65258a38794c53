import * as vscode from 'vscode';
import { articleGlobs, isArticle } from './config';
import { CLEANUP_COMMANDS, CLIENT_COMMANDS, LANGUAGE_ID, MARK_COMMANDS, type ServerCommand } from './contributions';
import type {
  CommandOutcome,
  FIX_ALL_KIND,
  FindArticleFilesOutcome,
  LintFilesOutcome,
  MarkArgument,
  SHOW_MENTIONS_COMMAND,
} from './protocol';
import type { LanguageServer } from './session';

/**
 * The code action kind of the whole-document fix. The protocol module's
 * value would bring vscode-languageserver-protocol into this bundle (its
 * request types are not tree-shaken), so it is repeated here, typed by it:
 * tsc fails if the two ever differ.
 */
const FIX_ALL: typeof FIX_ALL_KIND = 'source.fixAll.copydesk';
/** The counts above a headline run this to list what they count; repeated from the protocol module for the same reason. */
const SHOW_MENTIONS: typeof SHOW_MENTIONS_COMMAND = 'copydesk.showMentions';

/** A position and a location as LSP writes them, which is how a code lens's arguments arrive. */
interface LspPosition {
  readonly line: number;
  readonly character: number;
}
interface LspLocation {
  readonly uri: string;
  readonly range: { readonly start: LspPosition; readonly end: LspPosition };
}

/** Starts the language server if need be and resolves with it once it is ready (nothing when it failed to start). */
export type ServerOnDemand = () => Promise<LanguageServer | undefined>;

/** Files sent to the server per request by Lint Workspace: small enough to cancel between, large enough to be quick. */
const LINT_BATCH = 20;

/**
 * The palette commands. Each one asks the language server, through the
 * standard providers or `workspace/executeCommand`, so the client holds no
 * analysis of its own; the server's edits arrive as one `WorkspaceEdit`
 * each, so one undo reverts a command.
 */
export function registerCommands(output: vscode.LogOutputChannel, server: ServerOnDemand): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CLIENT_COMMANDS.treatAsArticle, treatAsArticle),
    vscode.commands.registerCommand(CLIENT_COMMANDS.fixAll, () => fixAllCommand(server)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(SHOW_MENTIONS, showMentions),
    ...CLEANUP_COMMANDS.map(([id, serverCommand]) =>
      vscode.commands.registerCommand(id, () => runOnActiveArticle(server, serverCommand, output)),
    ),
    vscode.commands.registerCommand(CLIENT_COMMANDS.lintWorkspace, () => lintWorkspace(server, output)),
    ...MARK_COMMANDS.map(([id, serverCommand]) =>
      vscode.commands.registerCommand(id, () => runOnActiveArticle(server, serverCommand, output, selected())),
    ),
    // The code action "Set Speaker of This Quote…" passes its own range; from the palette it is the selection.
    vscode.commands.registerCommand(CLIENT_COMMANDS.setSpeaker, async (argument?: MarkArgument) => {
      const speaker = await vscode.window.showInputBox({
        title: 'Copydesk: Set Speaker of This Quote',
        prompt: 'Who said it? The name as the article gives it',
        ignoreFocusOut: true,
      });
      if (speaker?.trim()) await runOnActiveArticle(server, 'setSpeaker', output, { range: argument?.range ?? selected().range, speaker });
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.setArticleDate, async () => {
      const date = await vscode.window.showInputBox({
        title: 'Copydesk: Set Article Date',
        prompt: 'The date the article was published: relative dates such as "on Monday" resolve against it',
        placeHolder: 'YYYY-MM-DD',
        validateInput: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? undefined : 'Write the date as YYYY-MM-DD'),
      });
      if (date) await runOnActiveArticle(server, 'setArticleDate', output, { date: date.trim() });
    }),
  ];
}

/** Lists the places a count above a headline stands for, in the peek view VS Code shows references in. */
async function showMentions(uri: string, position: LspPosition, locations: readonly LspLocation[]): Promise<void> {
  const at = (point: LspPosition): vscode.Position => new vscode.Position(point.line, point.character);
  await vscode.commands.executeCommand(
    'editor.action.showReferences',
    vscode.Uri.parse(uri),
    at(position),
    locations.map(
      (location) => new vscode.Location(vscode.Uri.parse(location.uri), new vscode.Range(at(location.range.start), at(location.range.end))),
    ),
  );
}

async function treatAsArticle(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return;
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

async function fixAllCommand(server: ServerOnDemand): Promise<void> {
  const document = activeArticle();
  // The fix-all action comes from the server: it must be up before the action is asked for.
  if (!document || !(await readyServer(server))) return;
  const fixed = await fixAll(document);
  if (!fixed) void vscode.window.showInformationMessage('Copydesk: nothing to fix in this file.');
}

/**
 * Applies the server's `source.fixAll.copydesk` action as one
 * `WorkspaceEdit`, so a single undo reverts it. Returns whether anything
 * changed.
 */
export async function fixAll(document: vscode.TextDocument): Promise<boolean> {
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
    'vscode.executeCodeActionProvider',
    document.uri,
    whole,
    FIX_ALL,
  );
  const fix = actions?.find((action) => action.kind?.value === FIX_ALL && action.edit);
  if (!fix?.edit) return false;
  return vscode.workspace.applyEdit(fix.edit);
}

/** The active editor's document if it is an article; otherwise says so and gives nothing. */
function activeArticle(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document && isArticle(document)) return document;
  void vscode.window.showWarningMessage('Copydesk: open an article file first.');
  return undefined;
}

/** The language server, started if need be; says so when it could not start. */
async function readyServer(server: ServerOnDemand): Promise<LanguageServer | undefined> {
  const running = await server();
  if (!running) void vscode.window.showErrorMessage('Copydesk: the language server did not start; the Copydesk output says why.');
  return running;
}

/** The active editor's selection as the annotation commands take it (plain positions: a `vscode.Range` serialises as an array). */
function selected(): Pick<MarkArgument, 'range'> {
  const selection = vscode.window.activeTextEditor?.selection;
  if (!selection) return {};
  return {
    range: {
      start: { line: selection.start.line, character: selection.start.character },
      end: { line: selection.end.line, character: selection.end.character },
    },
  };
}

/**
 * Runs a server command on the active document, with any further fields of
 * its argument; the server applies the edit itself through `workspace/applyEdit`.
 */
async function runOnActiveArticle(
  server: ServerOnDemand,
  command: ServerCommand,
  output: vscode.LogOutputChannel,
  extra: Omit<MarkArgument, 'uri'> = {},
): Promise<CommandOutcome | undefined> {
  const document = activeArticle();
  const running = document && (await readyServer(server));
  if (!document || !running) return undefined;
  try {
    const outcome = (await running.executeCommand(command, { ...extra, uri: document.uri.toString() })) as CommandOutcome;
    void vscode.window.setStatusBarMessage(`Copydesk: ${outcome.message}`, 4000);
    if (!outcome.changed) void vscode.window.showInformationMessage(`Copydesk: ${outcome.message}.`);
    return outcome;
  } catch (error) {
    output.error(`${command} failed`, error);
    void vscode.window.showErrorMessage(`Copydesk: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * Every article file in the workspace, found by the server as `copydesk lint`
 * finds them in each folder (its configuration's `files`, `.copydeskignore`
 * and `ignores`), with what `copydesk.files` names besides.
 */
async function findArticleFiles(server: LanguageServer, token: vscode.CancellationToken): Promise<string[]> {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString());
  const found = (await server.executeCommand(
    'findArticleFiles',
    { folders, globs: articleGlobs() },
    token,
  )) as FindArticleFilesOutcome | null;
  return [...(found?.uris ?? [])];
}

/**
 * Lints every article file in the workspace, on disk, in batches: the
 * server publishes each file's diagnostics, so they land in the Problems
 * panel without opening an editor per file. Cancelling stops between batches.
 */
export async function lintWorkspace(server: ServerOnDemand, output: vscode.LogOutputChannel): Promise<LintFilesOutcome | undefined> {
  const running = await readyServer(server);
  if (!running) return undefined;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: linting the workspace', cancellable: true },
    async (progress, token) => {
      const files = await findArticleFiles(running, token);
      const total: { files: number; problems: number } = { files: 0, problems: 0 };
      for (let start = 0; start < files.length && !token.isCancellationRequested; start += LINT_BATCH) {
        const batch = files.slice(start, start + LINT_BATCH);
        const outcome = (await running.executeCommand('lintFiles', { uris: batch }, token)) as LintFilesOutcome | null;
        total.files += outcome?.files ?? 0;
        total.problems += outcome?.problems ?? 0;
        progress.report({
          increment: (100 * batch.length) / files.length,
          message: `${Math.min(start + LINT_BATCH, files.length)} of ${files.length} files`,
        });
      }
      const stopped = token.isCancellationRequested ? ' (cancelled)' : '';
      output.info(`Lint Workspace${stopped}: ${total.problems} problems in ${files.length} article files`);
      if (!token.isCancellationRequested) await vscode.commands.executeCommand('workbench.actions.view.problems');
      return total;
    },
  );
}

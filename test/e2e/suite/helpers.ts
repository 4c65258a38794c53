import * as vscode from 'vscode';

/** The fixture workspace the runner opened (a scratch copy of `test/e2e/fixtures`). */
export function fixtureUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The editor tests need the fixture folder open as the workspace');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function readFixture(...segments: string[]): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(...segments)));
}

/** Opens a fixture in an editor and makes sure the extension is running. */
export async function openFixture(...segments: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(...segments));
  const editor = await vscode.window.showTextDocument(document);
  await vscode.extensions.getExtension('copydesk.copydesk')?.activate();
  return editor;
}

/** Puts the active editor's document back as it is on disk. */
export async function revertActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/**
 * Polls until `probe` returns a value `done` accepts: the server answers
 * when it answers, so tests wait on a condition, never on a fixed sleep.
 */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await probe();
  }
  return last;
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/**
 * The rules this suite's fixtures are written for. Other rules (quotes,
 * entities, dates) may add findings to the same text; their own tests
 * cover them, so an exact list here stays exact as rules are added.
 */
const STRUCTURAL_RULES = new Set([
  'duplicate-caption',
  'duplicate-photo-block',
  'repeated-headline',
  'scrape-artifact',
  'whitespace',
  'mixed-quotes',
  'unbalanced-quote',
]);

/** `rule@line` (1-based) for each structural Copydesk diagnostic, sorted, so a test can compare the whole list at once. */
export function findingsOf(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'copydesk' && STRUCTURAL_RULES.has(ruleOf(diagnostic)))
    .map((diagnostic) => `${ruleOf(diagnostic)}@${diagnostic.range.start.line + 1}`)
    .sort();
}

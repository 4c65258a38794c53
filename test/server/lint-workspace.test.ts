import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { SERVER_COMMANDS, type FindArticleFilesOutcome, type LintFilesOutcome } from '../../src/server/protocol';
import { cleanUp, copydesk, makeFolder, parseJson, scrapedStory, warningStory } from '../cli/helpers';
import { LspSession } from './lsp-client';

/**
 * A desk folder with what makes two readers of files disagree: a byte order
 * mark before a headline with a trailing space (a finding on line 1), CRLF
 * line endings, an ignore file, configured `ignores`, a file that is no
 * article and one that only the editor's `copydesk.files` glob names.
 */
function deskFolder(): string {
  return makeFolder({
    'bom.news': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(scrapedStory('Bergen'))]),
    'crlf.news.txt': scrapedStory('Tromsø', '\r\n'),
    'desk/trams.news': warningStory(),
    'drafts/unfinished.news': scrapedStory('Bodø'),
    '.copydeskignore': 'drafts/\n',
    '.copydeskrc.json': JSON.stringify({ ignores: ['old-*.news'] }),
    'old-2019.news': scrapedStory('Narvik'),
    'notes.txt': scrapedStory('Alta'),
    'wire/ferry.txt': scrapedStory('Molde'),
  });
}

/** `rule@line:column-endLine:endColumn`, 1-based as the CLI prints them. */
function fromDiagnostic(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${String(diagnostic.code)}@${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

describe('Lint Workspace and copydesk lint', () => {
  let folder: string;
  let session: LspSession;
  beforeEach(() => {
    folder = deskFolder();
    session = new LspSession();
  });
  afterEach(async () => {
    await session.close();
    cleanUp(folder);
  });

  it('find the same files and report the same findings at the same lines and columns', async () => {
    const cli = parseJson(copydesk(['lint', '.', 'wire/*.txt', '--format', 'json'], { cwd: folder }));
    const byCli = Object.fromEntries(
      cli.map((report) => [
        relative(folder, report.filePath),
        report.messages.map((message) => `${message.ruleId}@${message.line}:${message.column}-${message.endLine}:${message.endColumn}`),
      ]),
    );

    await session.initialize();
    const run = (command: string, argument: object): Promise<unknown> =>
      session.connection.sendRequest('workspace/executeCommand', { command, arguments: [argument] });
    const found = (await run(SERVER_COMMANDS.findArticleFiles, {
      folders: [pathToFileURL(folder).href],
      globs: ['wire/*.txt'],
    })) as FindArticleFilesOutcome;
    const outcome = (await run(SERVER_COMMANDS.lintFiles, { uris: found.uris })) as LintFilesOutcome;
    const byServer: Record<string, string[]> = {};
    for (const uri of found.uris)
      byServer[relative(folder, fileURLToPath(uri))] = (await session.pushedDiagnostics(uri)).map(fromDiagnostic);

    assert.deepEqual(Object.keys(byServer).sort(), ['bom.news', 'crlf.news.txt', 'desk/trams.news', 'wire/ferry.txt']);
    assert.deepEqual(byServer, byCli);
    assert.equal(outcome.files, 4);
    // The byte order mark is not a column: the trailing space after the headline is where the CLI puts it.
    assert.ok(byServer['bom.news']!.includes('whitespace@1:53-1:54'), byServer['bom.news']!.join(', '));
  });
});

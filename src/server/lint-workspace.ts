import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { lintText } from '../core/lint';
import { readArticle, ReadError, type ArticleText } from '../workspace/read-text';
import type { Feature, ServerContext } from './context';
import { findingToDiagnostic } from './convert';
import { tooLargeDiagnostic } from './diagnostics';
import type { FindArticleFilesArgument, FindArticleFilesOutcome, LintFilesArgument, LintFilesOutcome } from './protocol';

/**
 * Lint Workspace, in two commands the client runs in turn (so it can show
 * progress and stop between batches): find the article files as `copydesk
 * lint` finds them, then lint batches of them on disk and publish their
 * diagnostics. Files are read as the CLI reads them (`workspace/read-text`:
 * UTF-8, the byte order mark dropped, binary files refused), so the editor
 * and the CLI report the same places.
 */
export function findArticleFiles(argument: unknown, { documents }: ServerContext): FindArticleFilesOutcome {
  const { folders = [], globs = [] } = (argument ?? {}) as Partial<FindArticleFilesArgument>;
  const paths = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  return { uris: documents.workspace.findArticleFiles(paths, globs).map((path) => pathToFileURL(path).href) };
}

/** Per server, the files whose diagnostics Lint Workspace published from disk (see `lintWorkspace`). */
const publishedFromDisk = new WeakMap<ServerContext, Set<string>>();

/** Opening a file Lint Workspace published: pulled diagnostics now cover it, and the pushed ones would show twice. */
export const lintWorkspace: Feature = {
  register(context) {
    const uris = new Set<string>();
    publishedFromDisk.set(context, uris);
    context.documents.documents.onDidOpen(({ document }) => {
      if (uris.delete(document.uri) && context.client.pullsDiagnostics)
        void context.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
  },
};

function readOrSkip(uri: string): ArticleText | undefined {
  try {
    return readArticle(fileURLToPath(uri));
  } catch (error) {
    if (error instanceof ReadError) return undefined;
    throw error;
  }
}

/** Lints files on disk that are not open and publishes their diagnostics, as the CLI would report them. */
export function lintFiles(argument: unknown, context: ServerContext): LintFilesOutcome {
  const { uris = [] } = (argument ?? {}) as Partial<LintFilesArgument>;
  const { documents, client, connection } = context;
  const fromDisk = publishedFromDisk.get(context);
  let problems = 0;
  let files = 0;
  for (const uri of uris) {
    if (!uri.startsWith('file:') || documents.get(uri)) continue;
    const article = readOrSkip(uri);
    if (!article) continue;
    files++;
    const diagnostics =
      article.text.length > client.maxFileSize
        ? [tooLargeDiagnostic(article.text.length, client.maxFileSize)]
        : onDisk(uri, article, context);
    problems += diagnostics.length;
    fromDisk?.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  }
  return { files, problems };
}

function onDisk(uri: string, article: ArticleText, { documents }: ServerContext): Diagnostic[] {
  const { findings, lines } = lintText(article.text, article.format, documents.rulesFor(uri), documents.optionsFor(uri));
  return findings.map((finding) => findingToDiagnostic(finding, lines, uri));
}

import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatForPath } from '../core/article/parse';
import type { Config, ResolvedRule } from '../core/config/config';
import { lintText, type LintOptions, type LintResult } from '../core/lint';
import { ParagraphCache } from '../core/text/paragraph-cache';
import { lintSettings, rulesFor } from '../workspace/settings';
import type { ClientState } from './client-state';

/** What the server knows of the files behind the editor's documents (see `main.ts`). */
export interface ServerWorkspace {
  /** The configuration that applies to a document. */
  configFor(uri: string): Config;
  /** The article files of the folders (paths), as `copydesk lint FOLDER GLOBS…` run in each finds them. */
  findArticleFiles(folders: readonly string[], globs: readonly string[]): string[];
  /** A configuration or dictionary file was created, changed or deleted: forget what was read. */
  changed(): void;
}

/** An open document and its analysis. */
export interface Analysed {
  readonly document: TextDocument;
  readonly result: LintResult;
}

/**
 * The open documents: their versions and text, the latest analysis of each
 * (so diagnostics, actions, tokens and hovers read one result per edit), and
 * what was read from each paragraph, so an edit re-reads only the
 * paragraphs it touched.
 */
export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  private readonly results = new Map<string, { version: number; result: LintResult }>();
  private readonly paragraphs = new Map<string, ParagraphCache>();

  constructor(
    readonly workspace: ServerWorkspace,
    private readonly client: ClientState,
  ) {
    this.documents.onDidClose(({ document }) => this.forget(document.uri));
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /** Text length in UTF-16 units stands in for bytes: close enough for a limit that only guards against freezing. */
  tooLarge(document: TextDocument): boolean {
    return document.getText().length > this.client.maxFileSize;
  }

  /** The document's analysis at its current version. */
  analysis(document: TextDocument): LintResult {
    const cached = this.results.get(document.uri);
    if (cached && cached.version === document.version) return cached.result;
    const paragraphs = this.paragraphsOf(document.uri);
    paragraphs.nextReading();
    const result = lintText(document.getText(), formatForPath(document.uri), this.rulesFor(document.uri), {
      ...this.optionsFor(document.uri),
      paragraphs,
    });
    this.results.set(document.uri, { version: document.version, result });
    return result;
  }

  /** The open document and its analysis, unless it is not open or too large to analyse. */
  analysed(uri: string): Analysed | undefined {
    const document = this.documents.get(uri);
    if (!document || this.tooLarge(document)) return undefined;
    return { document, result: this.analysis(document) };
  }

  configFor(uri: string): Config {
    return this.workspace.configFor(uri);
  }

  rulesFor(uri: string): ResolvedRule[] {
    return rulesFor(this.configFor(uri));
  }

  /** The workspace dictionary the configuration names; a broken one is left out (the CLI reports it). */
  optionsFor(uri: string): LintOptions {
    try {
      return lintSettings(this.configFor(uri)).options;
    } catch {
      return {};
    }
  }

  /** Configuration changed: every analysis is stale (what paragraphs say does not depend on it). */
  clear(): void {
    this.results.clear();
  }

  private forget(uri: string): void {
    this.results.delete(uri);
    this.paragraphs.delete(uri);
  }

  private paragraphsOf(uri: string): ParagraphCache {
    let cache = this.paragraphs.get(uri);
    if (!cache) this.paragraphs.set(uri, (cache = new ParagraphCache()));
    return cache;
  }
}

import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotationRecords, shiftRecords, toBrat, toConll, type AnnotationRecord } from '../core/annotations/export';
import { toJsonLd } from '../core/news-documents/jsonld';
import { articleUri, toNinjs } from '../core/news-documents/ninjs';
import { parseArticleFile } from '../core/article/parse';
import { ConfigError, ConfigLookup } from '../workspace/config-files';
import { ReadError } from '../workspace/read-text';
import { EXIT_OK, EXIT_TROUBLE, findArticles, runCommand, UsageError, type CommandIO } from './command';
import { readArticles } from './read-articles';

export const ANNOTATE_FORMATS = ['json', 'jsonl', 'conll', 'brat', 'ninjs', 'jsonld'] as const;
type AnnotateFormat = (typeof ANNOTATE_FORMATS)[number];

export interface AnnotateCommandOptions {
  readonly format: string;
  readonly config?: string;
}

/** One annotated file: its path as given, its text as read (with any byte order mark), and its records. */
interface Annotated {
  readonly displayPath: string;
  readonly path: string;
  readonly text: string;
  readonly records: readonly AnnotationRecord[];
  /** One ninjs or JSON-LD document per article, for those formats. */
  readonly documents: ReadonlyArray<Record<string, unknown>>;
}

/**
 * `copydesk annotate`: every person, organisation, place, date and quote of
 * each file. Offsets are UTF-16 indices into the file's text as
 * `readFileSync(path, 'utf8')` returns it, a byte order mark included.
 */
export async function runAnnotate(patterns: readonly string[], options: AnnotateCommandOptions, io: CommandIO): Promise<number> {
  return runCommand(io, async (say) => {
    if (!(ANNOTATE_FORMATS as readonly string[]).includes(options.format))
      throw new UsageError(`unknown --format "${options.format}" (choose one of ${ANNOTATE_FORMATS.join(', ')})`);
    const configs = new ConfigLookup(io.cwd, options.config);
    const found = findArticles(patterns, io.cwd, configs);
    let trouble = false;
    for (const unmatched of found.unmatched) {
      say(`${unmatched.pattern}: ${unmatched.reason}`);
      trouble = true;
    }
    const annotated: Annotated[] = [];
    for (const path of found.files) {
      const displayPath = relative(io.cwd, path);
      try {
        annotated.push(annotateFile(path, displayPath, configs, options.format as AnnotateFormat));
      } catch (error) {
        if (!(error instanceof ReadError || error instanceof ConfigError)) throw error;
        say(error instanceof ReadError ? `${displayPath}: ${error.reason}` : error.message);
        trouble = true;
      }
    }
    write(annotated, options.format as AnnotateFormat, io);
    return trouble ? EXIT_TROUBLE : EXIT_OK;
  });
}

function annotateFile(path: string, displayPath: string, configs: ConfigLookup, format: AnnotateFormat): Annotated {
  const { article, file, annotate } = readArticles(path, configs);
  const annotations = new Map(file.articles.map((each) => [each, annotate(each)]));
  const records = annotationRecords(file, (each) => annotations.get(each)!);
  const build = format === 'ninjs' ? toNinjs : format === 'jsonld' ? toJsonLd : undefined;
  const documents = build
    ? file.articles.map((each) => build(each, file, annotations.get(each)!, articleUri(file, each, pathToFileURL(resolve(path)).href)))
    : [];
  // Offsets count the byte order mark, which a reader of the file sees as its first character.
  const bom = article.bom ? '\uFEFF' : '';
  return { displayPath, path, text: bom + article.text, records: shiftRecords(records, bom.length), documents };
}

function write(annotated: readonly Annotated[], format: AnnotateFormat, io: CommandIO): void {
  switch (format) {
    case 'jsonl':
      for (const file of annotated)
        for (const record of file.records) io.stdout.write(JSON.stringify({ file: file.displayPath, ...record }) + '\n');
      return;
    case 'json':
      io.stdout.write(
        JSON.stringify(
          annotated.map((file) => ({ file: file.displayPath, annotations: file.records })),
          null,
          2,
        ) + '\n',
      );
      return;
    case 'conll':
      for (const file of annotated) {
        const parsed = parseArticleFile(file.text.replace(/^\uFEFF/, ''), {
          format: /\.(?:md|markdown|mdx)$/i.test(file.path) ? 'markdown' : 'plain',
        });
        const shift = file.text.startsWith('\uFEFF') ? 1 : 0;
        io.stdout.write(`-DOCSTART-\t${file.displayPath}\n\n` + toConll(parsed, shiftRecords(file.records, -shift)));
      }
      return;
    case 'ninjs':
    case 'jsonld':
      // One document a line (JSON Lines), an article at a time.
      for (const file of annotated) for (const document of file.documents) io.stdout.write(JSON.stringify(document) + '\n');
      return;
    case 'brat':
      // brat pairs `story.txt` with `story.ann` in one folder: the standoff goes beside the text.
      for (const file of annotated) {
        const target = resolve(file.path.replace(/\.[^./\\]+$/, '') + '.ann');
        writeFileSync(target, toBrat(file.text, file.records));
        io.stdout.write(`${relative(process.cwd(), target)}\n`);
      }
      return;
  }
}

import { isMap, parseDocument, type Node } from 'yaml';
import type { EntityType } from '../entities/mention';
import type { Line } from '../text/lines';
import type { Span } from '../text/span';
import type { ArticleFile, EditorAnnotations, FrontMatter } from './model';

const FENCE = /^---[ \t]*$/;

/**
 * A YAML block fenced by `---` lines at the very top of a file (Jekyll,
 * Hugo and Astro all read this shape, and so does remark's front-matter,
 * which reads the Markdown around it), parsed once for every reader. YAML's
 * own `...` end marker closes no block: remark would read the lines as copy
 * while Copydesk kept them out of it. An opening fence never closed is not
 * front-matter: the text stays copy, so nothing is silently hidden.
 */
export function findFrontMatter(text: string, lines: readonly Line[]): FrontMatter | undefined {
  const opening = lines[0];
  if (!opening || !FENCE.test(opening.text)) return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line.text))
      return readFrontMatter(text, { start: opening.start, end: line.end }, { start: opening.next, end: line.start });
  }
  return undefined;
}

/**
 * How front-matter is parsed: unique keys, warnings kept in the document
 * (an unknown tag such as `!!js/function`) rather than printed by Node.
 */
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' } as const;

/** Aliases a block may expand: enough for any hand-written front-matter, too few for an alias bomb. */
const MAX_ALIASES = 100;

/**
 * The block's YAML read once. The `yaml` package takes neither a lone CR
 * for a line break nor CRLF back from the blocks it writes, so every line
 * ending is read as `\n`; `crlf` remembers where a `\r` was dropped, so
 * places in the parsed text map back to the file.
 */
export function readFrontMatter(text: string, block: Span, yaml: Span): FrontMatter {
  const raw = text.slice(yaml.start, yaml.end);
  const crlf: number[] = [];
  const source = raw.replace(/\r\n?/g, (ending, offset: number) => {
    if (ending === '\r\n') crlf.push(offset - crlf.length);
    return '\n';
  });
  const document = parseDocument(source, YAML_OPTIONS);
  const { fields, unreadable } = fieldsOf(document);
  return { ...block, yaml, source, crlf, document, fields, ...(unreadable ? { unreadable } : {}), editor: editorAnnotations(fields) };
}

/** The fields as plain data, when the YAML is a mapping that expands; an alias bomb (`&a [*a, *a, …]`) parses but refuses to. */
function fieldsOf(document: FrontMatter['document']): Pick<FrontMatter, 'fields' | 'unreadable'> {
  if (document.errors.length > 0 || !isMap(document.contents)) return { fields: undefined };
  try {
    return { fields: document.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown> };
  } catch (error) {
    return { fields: undefined, unreadable: (error as Error).message };
  }
}

/** The file offset of an offset into the block's parsed YAML (`source`). */
export function fileOffset(frontMatter: FrontMatter, offset: number): number {
  let dropped = 0;
  while (dropped < frontMatter.crlf.length && frontMatter.crlf[dropped]! < offset) dropped++;
  return frontMatter.yaml.start + offset + dropped;
}

/** Where a node of the parsed YAML stands in the file: its text, without what follows it. */
export function nodeSpan(frontMatter: FrontMatter, node: Node | undefined | null): Span | undefined {
  const range = node?.range;
  if (!range) return undefined;
  const end = range[0] + frontMatter.source.slice(range[0], range[1]).trimEnd().length;
  return { start: fileOffset(frontMatter, range[0]), end: fileOffset(frontMatter, end) };
}

/** Where a top-level field's value stands in the file (`datePublished`, or the first of `keys` the block has). */
export function fieldSpan(frontMatter: FrontMatter, ...keys: readonly string[]): Span | undefined {
  const contents = frontMatter.document.contents;
  if (!isMap(contents)) return undefined;
  for (const key of keys) {
    const node = contents.get(key, true) as Node | undefined;
    if (node !== undefined) return nodeSpan(frontMatter, node);
  }
  return undefined;
}

const NO_EDITOR_ANNOTATIONS: EditorAnnotations = { entities: [], notEntities: [], speakers: [] };

/** The editor's decisions in a file's front-matter (none without front-matter). */
export function readEditorAnnotations(file: ArticleFile): EditorAnnotations {
  return file.frontMatter?.editor ?? NO_EDITOR_ANNOTATIONS;
}

const TYPES: readonly string[] = ['person', 'organization', 'place', 'other'];

/**
 * The editor's decisions in the block's `annotations` field. Entries of the
 * wrong shape are skipped (the schema rule reports them), and broken YAML
 * means no decisions rather than a crash.
 */
function editorAnnotations(fields: Readonly<Record<string, unknown>> | undefined): EditorAnnotations {
  const block = record(fields?.annotations);
  if (!block) return NO_EDITOR_ANNOTATIONS;
  return {
    entities: list(block.entities).flatMap((raw) => {
      const entry = record(raw);
      if (typeof entry?.text !== 'string' || typeof entry.type !== 'string' || !TYPES.includes(entry.type)) return [];
      return [
        {
          text: entry.text,
          type: entry.type as EntityType,
          ...(typeof entry.name === 'string' ? { name: entry.name } : {}),
          ...(typeof entry.wikidata === 'string' ? { wikidata: entry.wikidata } : {}),
        },
      ];
    }),
    notEntities: list(block.notEntities).filter((word): word is string => typeof word === 'string'),
    speakers: list(block.speakers).flatMap((raw) => {
      const entry = record(raw);
      return typeof entry?.quote === 'string' && typeof entry.speaker === 'string' ? [{ quote: entry.quote, speaker: entry.speaker }] : [];
    }),
  };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

import type { ArticleFile } from '../article/model';

/**
 * The YAML between a file's `---` fences, ready for the parser. The `yaml`
 * package does not take a lone CR (old Mac line endings) for a line break,
 * so each becomes LF: the same length, so offsets into it still hold.
 */
export function frontMatterYaml(file: ArticleFile): string | undefined {
  return file.frontMatter ? readableYaml(file.text.slice(file.frontMatter.yaml.start, file.frontMatter.yaml.end)) : undefined;
}

export function readableYaml(yaml: string): string {
  return yaml.replace(/\r(?!\n)/g, '\n');
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One import of a source file: what it names as written, and the file it resolves to when it is relative. */
export interface Import {
  readonly specifier: string;
  readonly file?: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `import … from '…'`, `export … from '…'`, `import('…')` and `import '…'`, type imports included. */
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'([^']+)'/gm;

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(from), specifier);
  return [`${target}.ts`, join(target, 'index.ts'), target].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Every TypeScript file under `root` and what it imports, by path relative to `root` with `/` separators. */
export function importGraph(root: string): Map<string, Import[]> {
  const graph = new Map<string, Import[]>();
  const name = (path: string): string => relative(root, path).split(sep).join('/');
  for (const file of sourceFiles(root)) {
    const imports = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match): Import => {
      const target = resolveImport(file, match[1]!);
      return target ? { specifier: match[1]!, file: name(target) } : { specifier: match[1]! };
    });
    graph.set(name(file), imports);
  }
  return graph;
}

/** The cycles of a directed graph, each as the path that closes it (first node repeated at the end). */
export function cyclesOf(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (node: string, path: string[]): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next, path);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node, []);
  return cycles;
}

/** The graph's edges between groups of files (`group` names a file's group), leaving out edges inside a group. */
export function groupEdges(
  graph: ReadonlyMap<string, readonly Import[]>,
  group: (file: string) => string | undefined,
): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [file, imports] of graph) {
    const from = group(file);
    if (from === undefined) continue;
    for (const { file: target } of imports) {
      const to = target === undefined ? undefined : group(target);
      if (to === undefined || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  return edges;
}

import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { cyclesOf, groupEdges, importGraph } from './imports';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const BENCH = fileURLToPath(new URL('../../bench/', import.meta.url));
const graph = importGraph(SRC);

/** `core/dates/chrono.ts` → `core/dates`; a file at the top of `src/core` (`core/lint.ts`) is a group of its own. */
function coreFolder(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'core') return undefined;
  return parts.length > 2 ? parts.slice(0, 2).join('/') : file;
}

/** The package's own data outside `src/` (its manifest, the IPTC-shaped schema), which any layer may read. */
function isData(target: string): boolean {
  return target.startsWith('../') && target.endsWith('.json');
}

describe('the layout of src/', () => {
  it('has no import cycle between files', () => {
    const edges = new Map([...graph].map(([file, imports]) => [file, new Set(imports.flatMap((found) => found.file ?? []))]));
    assert.deepEqual(cyclesOf(edges), []);
  });

  it('has no import cycle between the folders of src/core', () => {
    const edges = groupEdges(graph, coreFolder);
    assert.deepEqual(cyclesOf(edges), []);
  });

  it('keeps the core pure: no vscode, no Node built-ins, nothing from a front end', () => {
    for (const [file, imports] of graph) {
      if (!file.startsWith('core/')) continue;
      for (const { specifier, file: target } of imports) {
        assert.ok(!/^(?:node:|vscode)/.test(specifier), `${file} imports ${specifier}`);
        assert.ok(target === undefined || target.startsWith('core/') || isData(target), `${file} imports ${target}`);
      }
    }
  });

  it('lets each front end use only the layers below it', () => {
    const below: Readonly<Record<string, readonly string[]>> = {
      workspace: ['core'],
      cli: ['core', 'workspace'],
      server: ['core', 'workspace'],
      // The client shares the protocol module with the server and nothing else.
      client: ['server/protocol.ts'],
    };
    for (const [file, imports] of graph) {
      const layer = file.split('/')[0]!;
      const allowed = below[layer];
      if (!allowed) continue;
      for (const { file: target } of imports) {
        if (target === undefined || target.startsWith(`${layer}/`) || isData(target)) continue;
        assert.ok(
          allowed.some((prefix) => target === prefix || target.startsWith(`${prefix}/`)),
          `${file} (${layer}) imports ${target}`,
        );
      }
    }
  });

  it('keeps bench/ free of import cycles between its folders', () => {
    const folderOf = (file: string): string | undefined =>
      file.startsWith('../') ? undefined : file.split('/').slice(0, -1).join('/') || '.';
    assert.deepEqual(cyclesOf(groupEdges(importGraph(BENCH), folderOf)), []);
  });
});

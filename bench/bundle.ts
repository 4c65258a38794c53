import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * Bundles `entry` the way `esbuild.js` bundles the product (one file, Node
 * 20, production minification) and imports it: a section measures the code
 * that ships, not tsx's per-module transform, whose getters for imported
 * bindings alone cost a tenth of the core's time in a profile.
 */
export async function importBundled<Module>(entry: string): Promise<Module> {
  const outfile = join(tmpdir(), `copydesk-bench-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', minify: true, logLevel: 'warning' });
  try {
    return (await import(pathToFileURL(outfile).href)) as Module;
  } finally {
    rmSync(outfile, { force: true });
  }
}

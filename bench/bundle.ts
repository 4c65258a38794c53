import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Bundles `entry` the way `esbuild.js` bundles the product (one CommonJS
 * file for Node 20, minified as in production) and loads it: a section
 * measures the code that ships, not tsx's per-module transform, whose
 * getters for imported bindings alone cost a tenth of the core's time in a
 * profile.
 */
export async function importBundled<Module>(entry: string): Promise<Module> {
  const outfile = join(tmpdir(), `copydesk-bench-${process.pid}-${Date.now()}.cjs`);
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    logLevel: 'warning',
  });
  try {
    return createRequire(import.meta.url)(outfile) as Module;
  } finally {
    rmSync(outfile, { force: true });
  }
}

/**
 * Builds the product with `node esbuild.js` (minified when `production`,
 * as `npm run package` ships it) and returns the size in bytes of each
 * named file of `dist/`.
 */
export function builtSizes(repoDir: string, files: readonly string[], production: boolean): Record<string, number> {
  execFileSync(process.execPath, ['esbuild.js', ...(production ? ['--production'] : [])], { cwd: repoDir, stdio: 'inherit' });
  return Object.fromEntries(files.map((file) => [file, statSync(join(repoDir, 'dist', file)).size]));
}

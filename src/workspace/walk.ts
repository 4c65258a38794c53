import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders never walked: other people's packages and version control. */
const NEVER_WALKED = new Set(['node_modules', '.git']);

/** True when `path` is `root` or lies under it. */
function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

interface WalkState {
  readonly realRoot: string;
  /** Real folders already walked: a link back into one of them (a loop, or a second name) is not walked again. */
  readonly walked: Set<string>;
  /** Real file → the first path it was found under, so each real file is listed once. */
  readonly files: Map<string, string>;
  /** Links to follow once every real folder has been walked, so a file is listed under its real name first. */
  readonly links: string[];
}

/**
 * Every file under `root`, as ESLint walks a folder: a link to a folder
 * is followed only when the folder it reaches lies inside the root and has
 * not been walked already, so a link out of the root (to `/`, to a sibling
 * folder) or into a loop is never walked, and each real file is listed
 * once. A link to a file is listed under its own name wherever it points:
 * linting reads through it, and fixing refuses to write out of its folder.
 */
export function walkFolder(root: string): string[] {
  const realRoot = realOrUndefined(root);
  if (realRoot === undefined) return [];
  const state: WalkState = { realRoot, walked: new Set(), files: new Map(), links: [] };
  walk(root, realRoot, state);
  for (let next = 0; next < state.links.length; next++) followLink(state.links[next]!, state);
  return [...state.files.values()];
}

function walk(folder: string, realFolder: string, state: WalkState): void {
  if (state.walked.has(realFolder)) return;
  state.walked.add(realFolder);
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    // A folder that cannot be listed holds nothing to lint; the walk goes on.
    return;
  }
  for (const entry of entries) {
    if (NEVER_WALKED.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, join(realFolder, entry.name), state);
    else if (entry.isFile()) addFile(state, join(realFolder, entry.name), path);
    else if (entry.isSymbolicLink()) state.links.push(path);
  }
}

function followLink(path: string, state: WalkState): void {
  const real = realOrUndefined(path);
  if (real === undefined) return;
  let stats: Stats | undefined;
  try {
    stats = statSync(real);
  } catch {
    return;
  }
  if (stats.isFile()) addFile(state, real, path);
  else if (stats.isDirectory() && within(state.realRoot, real)) walk(path, real, state);
}

function addFile(state: WalkState, real: string, path: string): void {
  if (!state.files.has(real)) state.files.set(real, path);
}

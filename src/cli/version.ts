import { statSync } from 'node:fs';
import packageJson from '../../package.json';

/** The tool's name and version, as reports, the cache and `--version` give them. */
export const TOOL_NAME = 'copydesk';
export const TOOL_VERSION: string = packageJson.version;
export const TOOL_HOME = 'https://github.com/copydesk/copydesk';

/**
 * The version the cache is keyed on: the release, and when the code runs
 * from a bundle, that bundle's size and time, so a rebuilt tool (new rules,
 * same version number) never reuses reports of the old one.
 */
export function buildIdentity(bundle: string | undefined): string {
  const stats = bundle === undefined ? undefined : statSync(bundle, { throwIfNoEntry: false });
  return stats ? `${TOOL_VERSION}+${stats.size}.${Math.round(stats.mtimeMs)}` : TOOL_VERSION;
}

import packageJson from '../../package.json';

/** The tool's name and version, as reports, the cache and `--version` give them. */
export const TOOL_NAME = 'copydesk';
export const TOOL_VERSION: string = packageJson.version;
export const TOOL_HOME = 'https://github.com/copydesk/copydesk';

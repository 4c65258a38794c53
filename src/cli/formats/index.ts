import type { FileReport } from '../report';
import type { FormatContext } from './context';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export type { FormatContext } from './context';

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

/** Every `--format`, by name. */
export const FORMATS: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};

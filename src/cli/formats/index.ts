import { githubWriter } from './github';
import { jsonWriter } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import { atTheEnd, type Formatter } from './writer';

export type { FormatContext } from './context';
export type { Formatter, ReportWriter } from './writer';

/**
 * Every `--format`, by name. JSON and GitHub commands are written a file at
 * a time; SARIF is one document and the stylish report ends in a summary,
 * so those two are drawn once every file is in.
 */
export const FORMATS: Readonly<Record<string, Formatter>> = {
  stylish: atTheEnd(formatStylish),
  json: jsonWriter,
  sarif: atTheEnd(formatSarif),
  github: githubWriter,
};

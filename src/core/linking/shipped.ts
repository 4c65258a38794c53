import tableFile from '../lexicon/wikidata-links.json';
import { linkTableFrom, type LinkTable } from './table';

let table: LinkTable | undefined;

/** The shipped link table, indexed on first use (its three parts are strings in one data file, read where they lie). */
export function shippedLinkTable(): LinkTable {
  table ??= linkTableFrom(tableFile);
  return table;
}

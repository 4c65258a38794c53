import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './meantime';

/** The four kinds of row in `entities.tsv`; a country's QID has a `place` row and a `nationality` row. */
export type WikidataType = 'person' | 'organisation' | 'place' | 'nationality';

/** One row of `../shared/data/wikidata-entities/entities.tsv` (its README gives the columns and their sources). */
export interface WikidataRow {
  readonly qid: string;
  readonly type: WikidataType;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The name first, then the aliases, blanks left out. */
  readonly names: readonly string[];
  /** Short, generated at the table's build: `President of Russia (since 2012, as of 2022)`, `city in Ontario, Canada`. */
  readonly description: string;
  /** The contributing sources, `;`-separated as the table gives them. */
  readonly source: string;
}

/** Every row of the Wikidata table, in its order; the one reader the gazetteer's and the link table's builds share. */
export function readWikidataEntities(): WikidataRow[] {
  const lines = readFileSync(join(DATA_DIR, 'wikidata-entities', 'entities.tsv'), 'utf8')
    .split('\n')
    .slice(1);
  return lines
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map(([qid, type, name, aliases, description, source]) => {
      const others = aliases ? aliases.split('|') : [];
      return {
        qid: qid!,
        type: type as WikidataType,
        name: name!,
        aliases: others,
        names: [name!, ...others].filter((n) => n.trim() !== ''),
        description: description ?? '',
        source: source ?? '',
      };
    });
}

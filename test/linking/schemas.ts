import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * IPTC's ninjs schemas and examples, beside the clone in `../shared/schemas/ninjs`
 * (IPTC ninjs – © IPTC, www.iptc.org; MIT and CC BY 4.0, see NOTICE.md):
 * read from there, offline, never copied into the repository.
 */
export const NINJS = resolve(process.env.COPYDESK_SCHEMAS ?? '../shared/schemas', 'ninjs');

/** Skips the suite where the schemas are not (outside CI), as the sample tests do; CI always has them. */
export function needsSchemas(context: Mocha.Context): void {
  if (existsSync(NINJS)) return;
  if (process.env.CI) throw new Error(`${NINJS} is missing: CI runs with ../shared beside the repository`);
  console.warn(`    ! skipped: the ninjs schemas are not here (${NINJS})`);
  context.skip();
}

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** A validator for ninjs 3.1 (draft 2020-12), with the GeoJSON schema it refers to loaded from beside it. */
export function ninjsValidator(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(readJson(join(NINJS, 'schemas', 'GeoJSON-schema.json')));
  return ajv.compile(readJson(join(NINJS, 'schemas', 'ninjs-schema_3.1.json')));
}

/** IPTC's own ninjs 3.1 examples. */
export function ninjsExamples(): Array<{ name: string; document: Record<string, unknown> }> {
  const folder = join(NINJS, 'examples');
  return readdirSync(folder)
    .filter((name) => name.startsWith('ninjs-3.1_'))
    .map((name) => ({ name, document: readJson(join(folder, name)) }));
}

export function jsonLdTemplate(): Record<string, unknown> {
  return readJson(join(NINJS, 'jsonld', 'newsarticle-template.jsonld'));
}

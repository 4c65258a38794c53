import { RULES } from '../rules';

const SEVERITIES = ['off', 'info', 'warning', 'error'];

/**
 * The JSON Schema of a configuration file, built from the rules' own option
 * schemas so that a new rule is configurable without touching this file.
 */
export function configSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    rules[rule.id] = {
      description: rule.description,
      if: { type: 'string' },
      then: { enum: SEVERITIES },
      else: {
        type: 'object',
        additionalProperties: false,
        properties: { severity: { enum: SEVERITIES }, ...rule.options },
      },
    };
  }
  const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Copydesk configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 } },
        ],
      },
      files: globs,
      ignores: globs,
      dictionary: { type: 'string', minLength: 1, description: 'The workspace entity dictionary (YAML), relative to this file.' },
      rules: { type: 'object', additionalProperties: false, properties: rules },
    },
  };
}

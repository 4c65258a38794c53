import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCS_BASE_URL, type Severity } from '../../core/findings';
import { RULES } from '../../core/rules';
import type { TextEdit } from '../../core/text/span';
import type { FileReport, RelatedReport } from '../report';
import { TOOL_HOME, TOOL_NAME, TOOL_VERSION } from '../version';
import type { FormatContext } from './context';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';
const LEVELS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note' };

interface ArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

/** A file inside the cwd is named relative to `%SRCROOT%`, so the log reads the same on every checkout; others by their file URL. */
function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const inside = relative(cwd, filePath);
  if (inside === '' || inside.startsWith('..')) return { uri: pathToFileURL(filePath).href };
  return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** A region with both views SARIF offers: lines and columns, and character offsets (UTF-16 code units, as `columnKind` says). */
function region(place: Omit<RelatedReport, 'message'>) {
  return {
    startLine: place.line,
    startColumn: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    charOffset: place.start,
    charLength: place.end - place.start,
  };
}

function replacement(edit: TextEdit) {
  return {
    deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
    ...(edit.newText === '' ? {} : { insertedContent: { text: edit.newText } }),
  };
}

/** A SARIF 2.1.0 log with one run: every rule described, every finding a result with its fix. */
export function formatSarif(reports: readonly FileReport[], context: FormatContext): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) => {
    const location = artifactLocation(report.filePath, context.cwd);
    return report.messages.map((finding) => ({
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: LEVELS[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(finding) } }],
      ...(finding.related.length > 0
        ? {
            relatedLocations: finding.related.map((related, id) => ({
              id,
              message: { text: related.message },
              physicalLocation: { artifactLocation: location, region: region(related) },
            })),
          }
        : {}),
      ...(finding.fix
        ? {
            fixes: [
              {
                description: { text: `Fix ${finding.ruleId}` },
                artifactChanges: [{ artifactLocation: location, replacements: finding.fix.map(replacement) }],
              },
            ],
          }
        : {}),
    }));
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            informationUri: TOOL_HOME,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: `${DOCS_BASE_URL}${rule.id}.md`,
              defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

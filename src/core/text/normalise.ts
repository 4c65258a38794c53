/**
 * The comparison key of a caption or headline: two copies that differ only in
 * whitespace, quotation marks, dashes, case or the Markdown emphasis wrapped
 * round the whole line (what scrapers and re-pastes change) get the same key.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .toLowerCase();
}

/** A line holding nothing an editor would see: spaces, tabs and the no-break spaces scrapers leave. */
const BLANK_LINE = /^[ \t\u00A0\u2007\u202F\u2009\u200A\u3000\uFEFF]*$/;

export function isBlank(line: string): boolean {
  return BLANK_LINE.test(line);
}

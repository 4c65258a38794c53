/**
 * True when only spaces, opening quotation marks and brackets stand between
 * `offset` and the start of its sentence, line or text (a colon counts as a
 * sentence's end: `He said: "…"`).
 */
export function opensSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[ \t"'\u201C\u2018(]/.test(text[i]!)) i--;
  return i < 0 || /[.!?\n\r:]/.test(text[i]!);
}

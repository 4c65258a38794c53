/**
 * Joins the tokens of one GUM sentence (Universal Dependencies tokens:
 * `Mecca 's`, `do n't`, `self - medicating`) back into running text, as
 * the Wikinews article printed it, closely enough for a benchmark: no
 * space before closing punctuation and clitics, none after an opening
 * bracket, hyphenated words joined, and straight double and single quotes
 * read as opening and closing in turn.
 */

/** Written straight after the word before: `word,` `Mecca's` `don't`. */
const ATTACHES_LEFT = /^(?:[,.;:!?%)\]}…]|\.\.\.?|'s|'re|'m|'d|'ve|'ll|n't|n`t|’s|’re|’m|’d|’ve|’ll|n’t|’)$/;
/** The next word follows at once: `(word`, `$40`. */
const ATTACHES_RIGHT = /^[([{$“‘]$/;
const CLOSING_CURLY = /^[”’]$/;

function isWordy(token: string | undefined): boolean {
  return token !== undefined && /[\p{L}\p{N}]$/u.test(token);
}

export function detokenize(tokens: readonly string[]): string {
  let text = '';
  let glue = true;
  const open = { double: false, single: false };
  tokens.forEach((token, index) => {
    let attachLeft = ATTACHES_LEFT.test(token) || CLOSING_CURLY.test(token);
    let attachRight = ATTACHES_RIGHT.test(token);
    // A hyphen between two words joins them: `self - medicating` was one word.
    if (token === '-' && isWordy(tokens[index - 1]) && isWordy(tokens[index + 1])) attachLeft = attachRight = true;
    if (token === '"' || token === "'") {
      const kind = token === '"' ? 'double' : 'single';
      // A lone `'` after a plural (`Airbus' jets`) closes nothing; read it as a possessive when no single quote is open.
      const possessive = kind === 'single' && !open.single && /s$/.test(tokens[index - 1] ?? '') && isWordy(tokens[index + 1]);
      if (possessive) attachLeft = true;
      else if (open[kind]) {
        attachLeft = true;
        open[kind] = false;
      } else {
        attachRight = true;
        open[kind] = true;
      }
    }
    text += glue || attachLeft ? token : ` ${token}`;
    glue = attachRight;
  });
  return text;
}

import type { Line } from '../text/lines';
import { isBlank } from '../text/normalise';
import type { Piece } from './assemble';
import { linesProse } from './blocks';

/** Plain copy: blocks are runs of non-blank lines; every line is prose. */
export function plainPieces(lines: readonly Line[]): Piece[] {
  const pieces: Piece[] = [];
  let run: Line[] = [];
  let blanks = 0;
  let blanksBeforeRun = 0;
  const flush = (): void => {
    if (run.length > 0) pieces.push({ lines: run, blanksBefore: blanksBeforeRun, prose: linesProse(run) });
    run = [];
  };
  for (const line of lines) {
    if (isBlank(line.text)) {
      if (run.length > 0) {
        flush();
        blanks = 0;
      }
      blanks++;
      continue;
    }
    if (run.length === 0) blanksBeforeRun = blanks;
    run.push(line);
  }
  flush();
  return pieces;
}

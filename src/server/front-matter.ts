import { CodeActionKind, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver';
import { planFrontMatter, type FrontMatterPlan } from '../core/front-matter/plan';
import type { LintResult } from '../core/lint';
import { editToLsp } from './convert';

/** In the editor's Source Action menu; `editor.codeActionsOnSave` can ask for it by this kind. */
export const FRONT_MATTER_KIND = `${CodeActionKind.Source}.frontMatter`;

/** The plan for a linted document, with the annotations the lint run already computed. */
function plan(result: LintResult): FrontMatterPlan {
  return planFrontMatter(result.file, (article) => result.annotations(article));
}

/** The plan as an edit of the document at `uri`, or why there is none. */
export function frontMatterEdit(uri: string, result: LintResult): { edit: WorkspaceEdit; title: string } | { message: string } {
  const planned = plan(result);
  if (planned.kind === 'refused') return { message: `Cannot write front-matter: ${planned.reason}` };
  if (planned.kind === 'up to date') return { message: 'The front-matter is up to date' };
  return {
    title: planned.kind === 'add' ? 'Add front-matter' : 'Update front-matter',
    edit: { changes: { [uri]: [editToLsp(planned.edit, result.lines)] } },
  };
}

/**
 * "Add front-matter" for a file without it, "Update front-matter" for one
 * whose block is behind the text. A file of several articles gets the action
 * disabled with its reason, so the editor learns to split it first.
 */
export function frontMatterActions(uri: string, result: LintResult): CodeAction[] {
  const found = frontMatterEdit(uri, result);
  if ('edit' in found) return [{ title: found.title, kind: FRONT_MATTER_KIND, edit: found.edit }];
  if (result.file.articles.length > 1) return [{ title: 'Add front-matter', kind: FRONT_MATTER_KIND, disabled: { reason: found.message } }];
  return [];
}

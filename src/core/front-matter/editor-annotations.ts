// The annotation exports read the editor's decisions from here; the article model reads them (see
// `article/front-matter.ts`), and the decisions are applied in `annotations/editor-decisions.ts`.
export { readEditorAnnotations } from '../article/front-matter';

// What the client and the language server agree on beyond standard LSP.
// Declared once here, as rust-analyzer's client does in `lsp_ext.ts`.

/**
 * The code action kind of the server's whole-document fix
 * (`FIX_ALL_KIND` in `src/server/code-actions.ts`); also what
 * `editor.codeActionsOnSave` asks for.
 */
export const FIX_ALL_KIND = 'source.fixAll.copydesk';

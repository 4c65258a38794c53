// What the client and the language server agree on beyond standard LSP:
// declared once, beside the server, and re-exported here for the client.
export * from '../server/protocol';

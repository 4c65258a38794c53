// The LSP lifecycle as the specification states it, which
// vscode-languageserver leaves to the server: it answers a request before
// `initialize` (with null), a second `initialize`, and requests after
// `shutdown`, and says nothing to a message that is not JSON. Requests are
// checked as they arrive, before any handler sees them.
import {
  ErrorCodes,
  Message,
  ResponseError,
  type Connection,
  type ConnectionOptions,
  type MessageReader,
  type MessageWriter,
  type RequestMessage,
} from 'vscode-languageserver/node';

/** The method a refused request is answered under: its handler returns the refusal. */
const REFUSED = 'copydesk/refusedRequest';

interface Refusal {
  readonly code: number;
  readonly message: string;
}

/** Where the server is in its life: requests are answered only between `initialize` and `shutdown`. */
type Stage = 'new' | 'running' | 'shut down';

/** Why a request is refused at this stage, or undefined when it may go on. */
function refusal(stage: Stage, method: string): Refusal | undefined {
  if (method === 'initialize' && stage !== 'new')
    return { code: ErrorCodes.InvalidRequest, message: 'initialize was already received; it may be sent once' };
  if (method === 'initialize') return undefined;
  if (stage === 'new') return { code: ErrorCodes.ServerNotInitialized, message: `${method} before initialize` };
  if (stage === 'shut down') return { code: ErrorCodes.InvalidRequest, message: `${method} after shutdown` };
  return undefined;
}

export interface Lifecycle {
  /** Options for `createConnection`: the check every incoming message passes. */
  readonly options: ConnectionOptions;
  /** Registers the handler that answers refused requests; call before `listen`. */
  register(connection: Connection): void;
  /** True once `shutdown` was received: an exit then is a clean one. */
  shutDown(): boolean;
}

export function createLifecycle(): Lifecycle {
  let stage: Stage = 'new';
  const handleMessage = (message: Message, next: (message: Message) => void): void => {
    if (Message.isRequest(message)) {
      const refused = refusal(stage, message.method);
      if (refused) return next({ ...message, method: REFUSED, params: refused } as RequestMessage);
      if (message.method === 'initialize') stage = 'running';
      if (message.method === 'shutdown') stage = 'shut down';
    } else if (Message.isNotification(message) && stage === 'new' && message.method !== 'exit') {
      // The specification: notifications before initialize are dropped, all but exit.
      return;
    }
    next(message);
  };
  return {
    options: { messageStrategy: { handleMessage } },
    register: (connection) => connection.onRequest(REFUSED, (refused: Refusal) => new ResponseError(refused.code, refused.message)),
    shutDown: () => stage === 'shut down',
  };
}

/**
 * Answers a message that cannot be read (not JSON, or a broken header) with
 * a parse error, as JSON-RPC asks, and reads on. The answer names no part
 * of the message, so nothing the client sent is echoed back.
 */
export function answerParseErrors(reader: MessageReader, writer: MessageWriter): void {
  reader.onError(() => {
    void writer.write({
      jsonrpc: '2.0',
      id: null,
      error: { code: ErrorCodes.ParseError, message: 'Parse error: the message is not valid JSON-RPC' },
    } as Message);
  });
}

// Entry point of budgetlint-language-server: `--stdio`, `--node-ipc`, `--socket=PORT` or `--pipe=NAME`.
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node.js';
import { inspect } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { FrameGuard } from './frame-guard.ts';
import { startServer } from './server.ts';
import { SERVER_NAME, SERVER_VERSION } from './protocol.ts';

const args = process.argv.slice(2);
const USAGE = `usage: ${SERVER_NAME} --stdio | --node-ipc | --socket=PORT | --pipe=NAME

Lints Markdown and plain-text budget disclosures (预决算公开说明) for the editor
that starts it, over the Language Server Protocol.

environment:
  BUDGETLINT_LSP_DEBOUNCE_MS   quiet time after an edit before linting (default 150)
  BUDGETLINT_LSP_HEAP_GROWING_PERCENT
                               how far V8 lets the heap grow past what is live before
                               it collects (default 35; 0 leaves V8's own, up to 300)
  MALLOC_ARENA_MAX=2           set it when starting the server (the VS Code extension
                               does): memory outside the heap then stays flat on Linux
`;

if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!args.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a))) {
  process.stderr.write(`${SERVER_NAME}: say how to talk to the editor\n\n${USAGE}`);
  process.exit(2);
}

let connection: Connection;
if (args.includes('--stdio')) {
  // stdin through the frame guard, so malformed framing is dropped instead of stalling the reader.
  const input = process.stdin.pipe(new FrameGuard((reason) => process.stderr.write(`${SERVER_NAME}: dropped input: ${reason}\n`)));
  connection = createConnection(ProposedFeatures.all, input, process.stdout);
  // stdout carries the protocol: console output goes to the client's log instead.
  const toLog = (level: 'log' | 'info' | 'warn' | 'error') => (...a: unknown[]) => connection.console[level](a.map((x) => (typeof x === 'string' ? x : inspect(x))).join(' '));
  console.log = toLog('log');
  console.info = toLog('info');
  console.warn = toLog('warn');
  console.error = toLog('error');
  console.debug = toLog('log');
} else {
  connection = createConnection(ProposedFeatures.all);
}
const logLast = (what: string, e: unknown) => {
  try {
    connection.console.error(`${SERVER_NAME}: ${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } catch {
    process.stderr.write(`${SERVER_NAME}: ${what}: ${String(e)}\n`);
  }
};
// The server outlives any one bad request: log and carry on.
process.on('uncaughtException', (e) => logLast('uncaught exception', e));
process.on('unhandledRejection', (e) => logLast('unhandled rejection', e));

// Memory flat over a long editing session. Every lint allocates a document's worth of short-lived
// objects, and those alive across two young collections (the lint under way, the last result,
// fresh memo entries) are promoted; with a steady stream of them V8 lets the old generation grow
// to about four times what is live before it collects (heap used after a collection stays flat:
// nothing is retained, the heap is only sized loosely). A growing factor of 1.35 bounds that: at
// 1.5 the old generation still went 21 → 33 MiB over 10,000 edits of a 10 KB draft. 1.25 held it
// closer still, but the extra full collections cost a sixth more CPU per edit of a 200 KB draft;
// 1.35 costs none measurable (bench/editor.mjs --memory-edits; README of the language server).
const growing = Number(process.env.BUDGETLINT_LSP_HEAP_GROWING_PERCENT ?? 35);
if (Number.isInteger(growing) && growing > 0) setFlagsFromString(`--heap-growing-percent=${growing}`);

const envDebounce = Number(process.env.BUDGETLINT_LSP_DEBOUNCE_MS);
startServer(connection, { debounceMs: Number.isFinite(envDebounce) && envDebounce >= 0 ? envDebounce : undefined });
connection.listen();

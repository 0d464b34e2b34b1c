/** Names shared by the server, the VS Code extension and the tests. */

/** Custom request: a text table of the figures and claims read from one open document. */
export const PRINT_CLAIMS_REQUEST = 'budgetlint/printClaims';

export interface PrintClaimsParams {
  textDocument: { uri: string };
}

/** Server command behind the "查看规则说明" code action; its one argument is the docs URL. */
export const OPEN_RULE_DOCS_COMMAND = 'budgetlint.openRuleDocs';

/**
 * Server command behind "忽略此问题": records the finding in the nearest
 * budgetlint-suppressions.json (created in the workspace folder when there is
 * none). One argument, SuppressFindingArgs; an optional `reason` is written
 * with it (an editor may ask the user for one first).
 */
export const SUPPRESS_FINDING_COMMAND = 'budgetlint.suppressFinding';

export interface SuppressFindingArgs {
  uri: string;
  ruleId: string;
  /** suppressionFingerprint() of the finding. */
  fingerprint: string;
  message?: string;
  reason?: string;
}

/** Server command: lint every Markdown and text file in the workspace folders, opened or not. */
export const LINT_WORKSPACE_COMMAND = 'budgetlint.lintWorkspace';

/**
 * Client → server notifications, params `{ uri }`: a .pdf or .docx the editor shows but holds no
 * text document for (VS Code opens neither as text). lintFile: read it from disk and publish its
 * diagnostics (sent again when the file changes on disk); forgetFile: it is closed, clear them.
 * A .pdf or .docx opened as a text document (didOpen/didSave) is read from disk the same way.
 */
export const LINT_FILE_NOTIFICATION = 'budgetlint/lintFile';
export const FORGET_FILE_NOTIFICATION = 'budgetlint/forgetFile';

/**
 * Custom request, no params: the server process's memory (process.memoryUsage() and V8's heap
 * spaces, in bytes) and what its lint memos hold, so a long editing session's growth can be
 * told apart: retained objects, the young generation, external buffers, code.
 */
export const MEMORY_USAGE_REQUEST = 'budgetlint/memoryUsage';

/** The settings section the server reads with workspace/configuration. */
export const SETTINGS_SECTION = 'budgetlint';

/** The configuration file the server looks for upwards from each document (the nearest wins, as in the CLI). */
export const CONFIG_FILE = 'budgetlint.config.json';

/**
 * The environment a client should start the server with. glibc gives each thread that allocates
 * its own malloc arena and never hands an arena's freed memory back; V8's compiler and GC
 * threads allocate in turn, so over a long editing session the server's memory outside the heap
 * grew by a third (29 → 39 MiB over 10,000 edits of a 10 KB draft) with nothing retained. Two
 * arenas hold it flat (18 → 20 MiB). Other allocators ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

export const SERVER_NAME = 'budgetlint-language-server';
export const SERVER_VERSION = '0.1.0';

/** Language ids the server lints; "text" is what Neovim calls plain text. */
export const LANGUAGE_IDS = ['markdown', 'plaintext', 'text'] as const;

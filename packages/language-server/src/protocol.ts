/** Names shared by the server, the VS Code extension and the tests. */

/** Custom request: a text table of the figures and claims read from one open document. */
export const PRINT_CLAIMS_REQUEST = 'budgetlint/printClaims';

export interface PrintClaimsParams {
  textDocument: { uri: string };
}

/** Server command behind the "查看规则说明" code action; its one argument is the docs URL. */
export const OPEN_RULE_DOCS_COMMAND = 'budgetlint.openRuleDocs';

/** The settings section the server reads with workspace/configuration. */
export const SETTINGS_SECTION = 'budgetlint';

/** The configuration file the server reads from each workspace folder's root. */
export const CONFIG_FILE = 'budgetlint.config.json';

export const SERVER_NAME = 'budgetlint-language-server';
export const SERVER_VERSION = '0.1.0';

/** Language ids the server lints; "text" is what Neovim calls plain text. */
export const LANGUAGE_IDS = ['markdown', 'plaintext', 'text'] as const;

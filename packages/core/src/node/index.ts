// The parts of budgetlint that read the file system, shared by the CLI and the
// language server so both find the same config, ignores and suppressions.
// Not exported from the package root: the browser build must not pull in fs.
export * from './config-loader.ts';
export * from './ignores.ts';
export * from './suppressions-file.ts';
export * from './builtin.ts';

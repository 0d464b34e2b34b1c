import { readFileSync } from 'node:fs';
import { lint } from '@budgetlint/core';
import { rules } from '@budgetlint/rules';

const args = process.argv.slice(2);
let format = 'stylish';
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--format') format = args[++i];
  else files.push(args[i]);
}
const results = files.map((filePath) => {
  const r = lint(readFileSync(filePath, 'utf8'), { filePath, rules });
  return {
    filePath,
    messages: r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity === 'error' ? 2 : 1, message: f.message, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn })),
  };
});
if (format === 'json') console.log(JSON.stringify(results));
else for (const r of results) for (const m of r.messages) console.log(`${r.filePath}:${m.line}:${m.column} ${m.message} ${m.ruleId}`);
process.exit(results.some((r) => r.messages.some((m) => m.severity === 2)) ? 1 : 0);

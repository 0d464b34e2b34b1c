// The trivial rule textlint runs beside budgetlint in `pnpm bench`: it visits every Str node
// and reports the word TODO, so textlint pays its own parse and traversal and little else.
export default function noTodo(context) {
  const { Syntax, RuleError, report, getSource, locator } = context;
  return {
    [Syntax.Str](node) {
      const text = getSource(node);
      const i = text.indexOf('TODO');
      if (i >= 0) report(node, new RuleError('TODO found', { padding: locator.range([i, i + 4]) }));
    },
  };
}

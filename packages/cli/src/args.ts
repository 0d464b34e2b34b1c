/** Command-line parsing: no dependencies, every mistake is a one-line UsageError. */

export class UsageError extends Error {}

export type SeverityFlag = 'off' | 'warning' | 'error' | 'info';

export interface RuleOverride {
  id: string;
  severity: SeverityFlag;
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface CliOptions {
  patterns: string[];
  format: string;
  /** undefined: decide from the terminal (TTY and not NO_COLOR). */
  color?: boolean;
  maxWarnings?: number;
  quiet: boolean;
  includeInfo: boolean;
  printClaims: boolean;
  /** Print the text each file is linted as (extracted from .docx and .pdf) instead of linting. */
  printText: boolean;
  printConfig?: string;
  config?: string;
  rules: RuleOverride[];
  output?: string;
  stdin: boolean;
  stdinFilename?: string;
  reportUnusedDisableDirectives: boolean;
  baseline?: string;
  writeBaseline?: string;
  shard?: Shard;
  errorOnUnmatchedPattern: boolean;
  /** --ignore-pattern, gitignore syntax relative to cwd (repeatable). */
  ignorePatterns: string[];
  /** false with --no-ignore: config ignores, .budgetlintignore and --ignore-pattern are not applied. */
  ignore: boolean;
  /** Record every current finding in the suppressions file. */
  suppressAll: boolean;
  /** Record the current findings of these rules in the suppressions file. */
  suppressRules: string[];
  /** Drop suppressions that no longer match a finding. */
  pruneSuppressions: boolean;
  /** The suppressions file (default budgetlint-suppressions.json in cwd). */
  suppressionsLocation?: string;
  /** The reason written with --suppress-all / --suppress-rule. */
  suppressionReason?: string;
  /** A rule or a figure reader that crashed makes the run exit 2 (default); off, it is only a warning. */
  failOnInternalError: boolean;
  /** --cache: reuse results of unchanged files from .budgetlintcache (or --cache-location). */
  cache: boolean;
  cacheLocation?: string;
  /** How --cache knows a file is unchanged: by its stamp, then its bytes (metadata), or always by its bytes (content). */
  cacheStrategy: 'metadata' | 'content';
  /** --concurrency: worker threads for many files; undefined = auto (one per core). */
  concurrency?: number | 'auto' | 'off';
  help: boolean;
  version: boolean;
}

type Spec =
  | { kind: 'flag'; set: (o: CliOptions, v: boolean) => void; negatable?: boolean }
  | { kind: 'value'; set: (o: CliOptions, v: string, name: string) => void; metavar: string };

const flag = (set: (o: CliOptions, v: boolean) => void, negatable = false): Spec => ({ kind: 'flag', set, negatable });
const value = (metavar: string, set: (o: CliOptions, v: string, name: string) => void): Spec => ({ kind: 'value', set, metavar });

const OPTIONS: Record<string, Spec> = {
  '--format': value('NAME', (o, v) => (o.format = v)),
  '--color': flag((o, v) => (o.color = v), true),
  '--max-warnings': value('N', (o, v, name) => (o.maxWarnings = parseCount(v, name))),
  '--quiet': flag((o, v) => (o.quiet = v)),
  '--include-info': flag((o, v) => (o.includeInfo = v)),
  '--print-claims': flag((o, v) => (o.printClaims = v)),
  '--print-text': flag((o, v) => (o.printText = v)),
  '--print-config': value('FILE', (o, v) => (o.printConfig = v)),
  '--config': value('FILE', (o, v) => (o.config = v)),
  '--rule': value('ID:SEVERITY', (o, v, name) => o.rules.push(...parseRuleOverrides(v, name))),
  '--output': value('FILE', (o, v) => (o.output = v)),
  '--stdin': flag((o, v) => (o.stdin = v)),
  '--stdin-filename': value('NAME', (o, v) => (o.stdinFilename = v)),
  '--report-unused-disable-directives': flag((o, v) => (o.reportUnusedDisableDirectives = v)),
  '--baseline': value('FILE', (o, v) => (o.baseline = v)),
  '--write-baseline': value('FILE', (o, v) => (o.writeBaseline = v)),
  '--shard': value('I/N', (o, v, name) => (o.shard = parseShard(v, name))),
  '--error-on-unmatched-pattern': flag((o, v) => (o.errorOnUnmatchedPattern = v), true),
  '--ignore-pattern': value('PATTERN', (o, v) => o.ignorePatterns.push(v)),
  '--ignore': flag((o, v) => (o.ignore = v), true),
  '--suppress-all': flag((o, v) => (o.suppressAll = v)),
  '--suppress-rule': value('ID', (o, v) => o.suppressRules.push(...v.split(',').map((x) => x.trim()).filter(Boolean))),
  '--prune-suppressions': flag((o, v) => (o.pruneSuppressions = v)),
  '--suppressions-location': value('FILE', (o, v) => (o.suppressionsLocation = v)),
  '--suppression-reason': value('TEXT', (o, v) => (o.suppressionReason = v)),
  '--fail-on-internal-error': flag((o, v) => (o.failOnInternalError = v), true),
  '--cache': flag((o, v) => (o.cache = v), true),
  '--cache-location': value('PATH', (o, v) => (o.cacheLocation = v)),
  '--cache-strategy': value('metadata|content', (o, v, name) => {
    if (v !== 'metadata' && v !== 'content') throw new UsageError(`${name}: expected metadata or content, got '${v}'`);
    o.cacheStrategy = v;
  }),
  '--concurrency': value('N|auto|off', (o, v, name) => (o.concurrency = parseConcurrency(v, name))),
  '--help': flag((o, v) => (o.help = v)),
  '--version': flag((o, v) => (o.version = v)),
};

const ALIASES: Record<string, string> = {
  '-f': '--format',
  '-c': '--config',
  '-o': '--output',
  '-h': '--help',
  '-v': '--version',
  '-V': '--version',
};

export function defaultOptions(): CliOptions {
  return {
    patterns: [],
    format: 'stylish',
    quiet: false,
    includeInfo: false,
    printClaims: false,
    printText: false,
    rules: [],
    stdin: false,
    reportUnusedDisableDirectives: false,
    errorOnUnmatchedPattern: true,
    ignorePatterns: [],
    ignore: true,
    suppressAll: false,
    suppressRules: [],
    pruneSuppressions: false,
    failOnInternalError: true,
    cache: false,
    cacheStrategy: 'metadata',
    help: false,
    version: false,
  };
}

/**
 * Parses argv (without node and script). Accepts `--opt value`, `--opt=value`,
 * `--no-flag` for negatable flags, short aliases, and `--` to end options.
 * Does not check values that depend on the environment (formatter names, rule ids).
 */
export function parseArgs(argv: readonly string[]): CliOptions {
  const o = defaultOptions();
  let onlyPatterns = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPatterns || arg === '-' || !arg.startsWith('-')) {
      if (arg === '-' && !onlyPatterns) throw new UsageError("use --stdin to read from standard input, not '-'");
      o.patterns.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPatterns = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    let name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    name = ALIASES[name] ?? name;
    let spec = OPTIONS[name];
    let negated = false;
    if (!spec && name.startsWith('--no-')) {
      const positive = `--${name.slice(5)}`;
      const s = OPTIONS[positive];
      if (s?.kind === 'flag' && s.negatable) {
        spec = s;
        negated = true;
        name = positive;
      }
    }
    if (!spec) throw new UsageError(`unknown option '${arg.split('=')[0]}' (see --help)`);
    if (spec.kind === 'flag') {
      if (inline !== undefined) throw new UsageError(`option '${name}' does not take a value`);
      spec.set(o, !negated);
      continue;
    }
    let v = inline;
    if (v === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`option '${name}' needs a value (${spec.metavar})`);
      v = argv[++i];
    }
    if (v === '') throw new UsageError(`option '${name}' needs a value (${spec.metavar})`);
    spec.set(o, v, name);
  }
  if (o.help || o.version) return o;
  if (o.stdinFilename !== undefined && !o.stdin) o.stdin = true;
  if (o.stdin && o.patterns.length) throw new UsageError('--stdin reads one document from standard input: give no paths with it');
  // No paths means the current folder, as in ESLint.
  if (!o.stdin && !o.patterns.length && o.printConfig === undefined) o.patterns.push('.');
  if (o.suppressAll && o.suppressRules.length) throw new UsageError('--suppress-all already records every rule: drop --suppress-rule');
  if (o.pruneSuppressions && (o.suppressAll || o.suppressRules.length)) {
    throw new UsageError('--prune-suppressions cannot be combined with --suppress-all or --suppress-rule: run them one after the other');
  }
  if (o.baseline && o.writeBaseline && o.baseline === o.writeBaseline) {
    // Rewriting the baseline you filter with: the new baseline is what counts.
    o.baseline = undefined;
  }
  return o;
}

function parseCount(v: string, name: string): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`option '${name}' expects a whole number ≥ 0, got '${v}'`);
  return Number(v);
}

const SEVERITIES: Record<string, SeverityFlag> = {
  off: 'off',
  '0': 'off',
  warn: 'warning',
  warning: 'warning',
  '1': 'warning',
  error: 'error',
  '2': 'error',
  info: 'info',
};

/** `id:severity`, several separated by commas; `=` works too. */
export function parseRuleOverrides(v: string, name = '--rule'): RuleOverride[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const m = /^([^:=\s]+)\s*[:=]\s*(\S+)$/.exec(item);
      if (!m) throw new UsageError(`option '${name}' expects ID:SEVERITY (e.g. sum-mismatch:off), got '${item}'`);
      const severity = SEVERITIES[m[2].toLowerCase()];
      if (!severity) throw new UsageError(`option '${name}': severity '${m[2]}' for ${m[1]} should be off, warn, error or info`);
      return { id: m[1], severity };
    });
}

function parseConcurrency(v: string, name: string): number | 'auto' | 'off' {
  if (v === 'auto' || v === 'off') return v;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`option '${name}' expects a number of threads ≥ 1, auto or off, got '${v}'`);
  return Number(v);
}

/** `i/n` with 1 ≤ i ≤ n. */
export function parseShard(v: string, name = '--shard'): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(v);
  if (!m) throw new UsageError(`option '${name}' expects I/N such as 1/3, got '${v}'`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) {
    throw new UsageError(`option '${name}': shard ${v} is out of range (need 1 ≤ I ≤ N)`);
  }
  return { index, count };
}

export const USAGE = `用法 Usage: budgetlint [选项 options] [文件|目录|glob …]（省略时检查当前目录 default: .）

检查预决算公开说明中前后矛盾的数字（合计与分项、增减额与增幅、债务余额与限额……）。
Checks Chinese budget disclosures for figures that contradict each other.

输出 Output:
  -f, --format NAME             stylish（默认）| json | sarif | github | html
  -o, --output FILE             报告写入文件 write the report to FILE
      --color, --no-color       强制开启/关闭颜色 force colours on/off
      --print-claims            列出读到的数字及其在陈述中的角色 show the figures and claims understood
      --print-text              打印检查所用的文字（.docx、.pdf 提取出的文字，位置以此为准）print the text that is linted
      --quiet                   只报告错误 report errors only
      --include-info            也报告提示级问题 also report info-level notes

结果 Exit status:
      --max-warnings N          警告超过 N 个时以 1 退出 exit 1 when warnings exceed N
      --report-unused-disable-directives  报告未使用的屏蔽注释 report unused disable comments
      --baseline FILE           忽略基线中已记录的问题 ignore findings recorded in FILE
      --write-baseline FILE     把当前问题记入基线 record current findings in FILE
      --shard I/N               只检查第 I 份（共 N 份）lint only shard I of N
      --no-fail-on-internal-error  规则或读数出错时只警告，不以 2 退出
                                warn, don't exit 2, when a rule or figure reader crashes

忽略 Suppressions and ignores:
      --suppress-all            把当前所有问题记入忽略文件 record every current finding in the suppressions file
      --suppress-rule ID        把某条规则的当前问题记入忽略文件（可重复）record the findings of rule ID (repeatable)
      --suppression-reason TEXT 记入忽略文件的理由 the reason written with them
      --prune-suppressions      删除已不再匹配的忽略记录 drop suppressions that match no finding any more
      --suppressions-location FILE  忽略文件位置（默认 ./budgetlint-suppressions.json）the suppressions file
      --ignore-pattern PATTERN  不检查匹配的路径（gitignore 语法，可重复）skip matching paths (repeatable)
      --no-ignore               不应用忽略规则（配置 ignores、.budgetlintignore、--ignore-pattern）lint ignored files too

速度 Speed:
      --cache                   只检查改动过的文件 reuse results of unchanged files (.budgetlintcache)
      --cache-location PATH     缓存文件或目录 cache file or directory
      --cache-strategy metadata|content  如何判断文件未改：先看文件属性（默认）或总读内容
                                how unchanged files are found: by their stat first (default), or by their bytes
      --concurrency N|auto|off  文件多时用几个线程（默认每核一个）worker threads for many files (default: one per core)

配置 Configuration:
  -c, --config FILE             对所有文件使用此配置 use FILE instead of budgetlint.config.json lookup
      --rule ID:SEVERITY        覆盖规则级别（可重复）override a rule: off|warn|error|info (repeatable)
      --print-config FILE       打印 FILE 的生效配置 print the effective config for FILE
      --no-error-on-unmatched-pattern  没有匹配文件时不报错 don't fail when a pattern matches nothing

输入 Input:
      --stdin                   从标准输入读取 lint standard input
      --stdin-filename NAME     标准输入的文件名（决定格式和配置）name for stdin (format, config)

  -h, --help                    显示帮助 show this help
  -v, --version                 显示版本 show the version

退出码 Exit codes: 0 无错误 no errors · 1 有错误或警告过多 errors, or too many warnings ·
  2 用法/配置/读取错误，或规则运行出错 usage, config or read error, or a rule or reader crashed
  -o/--write-baseline 不会覆盖被检查的文件、配置、目录或设备；符号链接写到其目标
  -o/--write-baseline never overwrite a linted file, the config, a directory or a device; links are followed
`;

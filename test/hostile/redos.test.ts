// Every regular expression of the linter (packages/core/src and rules/), checked by recheck for
// catastrophic backtracking. The patterns are collected, not listed by hand:
//  - literals (/…/) are read from the sources with the TypeScript parser;
//  - patterns built with new RegExp(…) are caught at run time: RegExp is wrapped while the
//    modules load and lint() runs over every hostile shape, and each construction is traced back
//    to its line by the stack. Every `new RegExp` site the parser finds must have been seen, so a
//    new dynamic pattern cannot slip past the check.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SHAPES, makeShape } from './shapes.mjs';

const ROOT = resolve(__dirname, '../..');
const DIRS = ['packages/core/src', 'rules'];

// Files whose patterns wait on another change: none now (layout and reliability are merged).
const OWNED_ELSEWHERE: Record<string, string> = {};

interface Site {
  file: string;
  line: number;
  endLine: number;
  source?: string;
  flags?: string;
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== 'dist') walk(p);
      } else if (/\.ts$/.test(e.name) && !/\.test\.ts$|\.d\.ts$/.test(e.name)) out.push(p);
    }
  };
  DIRS.forEach(walk);
  return out.sort();
}

/** Regex literals and `new RegExp` / `RegExp(…)` call sites of one file. */
function scan(file: string): { literals: Site[]; dynamic: Site[] } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: Site[] = [];
  const dynamic: Site[] = [];
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = n.getText(sf);
      const slash = t.lastIndexOf('/');
      literals.push({ file, line: lineOf(n.getStart(sf)), endLine: lineOf(n.getEnd()), source: t.slice(1, slash), flags: t.slice(slash + 1) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      dynamic.push({ file, line: lineOf(n.getStart(sf)), endLine: lineOf(n.getEnd()) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { literals, dynamic };
}

const FILES = sourceFiles();
const SCANNED = new Map(FILES.map((f) => [f, scan(f)]));

/** Patterns built at run time, with the file and line that built them. */
const built: Site[] = [];

beforeAll(async () => {
  const Real = RegExp;
  const frame = /\(?([^()\s]+?\.[cm]?[jt]s):(\d+):\d+\)?$/;
  const record = (args: unknown[]) => {
    const re = Reflect.construct(Real, args) as RegExp;
    // The first frame outside this file is the code that built the pattern (when it is ours).
    for (const l of String(new Error().stack).split('\n').slice(1)) {
      const m = frame.exec(l.trim());
      if (!m || m[1] === __filename) continue;
      const file = relative(ROOT, m[1]);
      if (SCANNED.has(file)) built.push({ file, line: Number(m[2]), endLine: Number(m[2]), source: re.source, flags: re.flags });
      break;
    }
    return re;
  };
  globalThis.RegExp = new Proxy(Real, { construct: (_t, args) => record(args), apply: (_t, _this, args) => record(args) });
  try {
    vi.resetModules();
    const { lint } = await import('../../packages/core/src/index.ts');
    const { rules } = await import('../../rules/index.ts');
    // Run every extractor and rule once over every shape, so that patterns built inside functions are built.
    for (const [name, def] of Object.entries(SHAPES)) {
      // Shapes of files other branches rewrite are still slow here; they build no pattern of their own.
      if (!def.owner) lint(makeShape(name, 4096, 7), { rules, format: def.format as 'text' | 'markdown' });
    }
    for (const doc of GENRE) for (const format of ['text', 'markdown'] as const) lint(doc, { rules, format });
  } finally {
    globalThis.RegExp = Real;
  }
}, 240_000);

// Sentences that reach the extractors and rules whose patterns are built inside functions.
const GENRE = [
  '2024年全区政府债务余额87.45亿元，其中一般债务余额37.75亿元，专项债务余额49.70亿元。截至2023年底，政府债务限额90亿元。2023年末余额80亿元，当年发行债券12亿元，还本4.55亿元。',
  '重点评价项目有三个，即甲专项资金、乙专项资金、丙专项资金。以“四全”（（1）参与全面（2）环节全面（3）范围全面（4）指导全面）为抓手。主要做好三个方面工作：\n一是强化管理。\n二是扩大范围。\n三是加强应用。',
  // A 一是 list begun after its count's colon that a page broke onto the lines after it (counts.ts builds the wrap test).
  '今年重点抓好四个方面：一是压减一般性支出，二是盘活存量资金，\n\n三是强化绩效评价结果应用。\n\n四是推进预算信息公开，接受社会监督。\n\n以上工作年底前全部完成。',
  '某局2024年度部门决算\n\n一、收入支出情况\n（一）收入\n1.财政拨款收入120万元，比上年增加20万元，增长20.0%。\n绩效评价得分89.5分，绩效等级为“良”。',
  // A share of a total named by what was done with the money (shares.ts builds the verb's pattern).
  '2024年，全县共筹集彩票公益金3,260.40万元。\n\n福利彩票公益金1,812.60万元，占当年筹集总额的55.6%。',
  // A share of the money an audit looked at (shares.ts builds the verb's pattern).
  '审计抽查了3个县就业补助资金2.86亿元，发现违规发放补贴涉及资金0.21亿元，占抽查资金的7.3%。',
];

const checked = new Map<string, ReturnType<typeof checkSync>>();
function verdict(source: string, flags: string) {
  const key = `/${source}/${flags}`;
  let d = checked.get(key);
  if (!d) {
    // A fixed seed and no clock: the fuzzer's verdict must not change from run to run or with the
    // machine's load. recheck's attack, incubation, recall and seeding phases stop on a time limit
    // by default, so on a busy CI machine a safe pattern could be called vulnerable (or unknown);
    // with those limits off, only its step limits (attackLimit, recallLimit…) bound the work.
    d = checkSync(source, flags, {
      randomSeed: 20241,
      timeout: null,
      attackTimeout: null,
      incubationTimeout: null,
      recallTimeout: null,
      seedingTimeout: null,
    });
    checked.set(key, d);
  }
  return d;
}

function problems(file: string): string[] {
  const { literals } = SCANNED.get(file)!;
  const out: string[] = [];
  for (const s of [...literals, ...built.filter((b) => b.file === file)]) {
    const d = verdict(s.source!, s.flags!);
    if (d.status === 'safe') continue;
    const why = d.status === 'vulnerable' ? `${d.complexity.summary} (${d.checker}), attack ${JSON.stringify(d.attack.pattern).slice(0, 80)}` : `unknown: ${d.error.kind}`;
    out.push(`${file}:${s.line} /${s.source}/${s.flags} — ${why}`);
  }
  return out;
}

describe('regular expressions run in linear time', () => {
  it('collects the patterns: every literal, and every new RegExp seen built at run time', () => {
    const literalCount = [...SCANNED.values()].reduce((n, s) => n + s.literals.length, 0);
    expect(literalCount).toBeGreaterThan(150);
    const unseen = [...SCANNED.values()]
      .flatMap((s) => s.dynamic)
      .filter((d) => !built.some((b) => b.file === d.file && b.line >= d.line && b.line <= d.endLine))
      .map((d) => `${d.file}:${d.line}`);
    // A site listed here was never run by the samples above: add a sample that reaches it.
    expect(unseen).toEqual([]);
    expect(built.length).toBeGreaterThan(10);
  });

  const mine = FILES.filter((f) => !OWNED_ELSEWHERE[f] && (SCANNED.get(f)!.literals.length || SCANNED.get(f)!.dynamic.length));
  it.each(mine)('%s', (file) => {
    expect(problems(file)).toEqual([]);
  }, 240_000);

  for (const [file, owner] of Object.entries(OWNED_ELSEWHERE)) {
    it.skip(`${file} — enable after merging branch ${owner}`, () => {
      expect(problems(file)).toEqual([]);
    });
  }
});

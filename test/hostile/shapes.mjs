// Hostile input shapes, each a generator of a document of about `bytes` UTF-8 bytes.
// Shared by the hostile-input suite (test/hostile/) and the shape bench (bench/shapes.mjs),
// so the bench measures exactly what the tests guard.
// Every figure differs from the one before it: caches keyed by wording must not hide the cost.

const enc = (s) => Buffer.byteLength(s, 'utf8');

/** Repeats `piece(i)` until the text reaches `bytes`, then closes with `end`. */
function fill(bytes, piece, start = '', end = '') {
  const parts = [start];
  let size = enc(start) + enc(end);
  for (let i = 0; size < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    size += enc(p);
  }
  parts.push(end);
  return parts.join('');
}

const NAMES = ['人员经费', '公用经费', '办公费', '印刷费', '水电费', '差旅费', '会议费', '培训费', '维修费', '租赁费', '物业费', '邮电费'];
// The salt makes each call's text new, so caches keyed by a block's text (figures, Markdown chunks) miss,
// as they would on a real document: a timing repeated on the same text would measure the cache.
let salt = 0;
// Names carry their number in stems (甲乙丙…), not digits: a digit would be read as a figure of its own.
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const stems = (n) => [...String(n)].map((d) => STEMS[Number(d)]).join('');
const name = (i) => `${NAMES[i % NAMES.length]}${stems(i)}${salt ? `之${stems(salt)}` : ''}`;
const amount = (i) => `${(i % 997) + 1}.${String(i % 100).padStart(2, '0')}`;

/** Ordinary drafts of the genre: headings, sums, changes, shares, debt, in short paragraphs. */
function ordinaryText(bytes, markdown = false) {
  const para = (i) => {
    const a = (i % 89) + 10;
    const b = (i % 53) + 5;
    const total = a + b;
    const h = markdown ? `## ${(i % 9) + 1}. 第${i}项说明\n\n` : `（${(i % 9) + 1}）第${i}项说明\n`;
    return (
      h +
      `${2020 + (i % 5)}年${name(i)}支出${total}万元，比上年增加${b}万元，增长${((b / a) * 100).toFixed(1)}%。` +
      `其中：基本支出${a}万元，项目支出${b}万元，占${((b / total) * 100).toFixed(2)}%。` +
      `截至${2020 + (i % 5)}年底，全区政府债务余额${i + 100}亿元，其中一般债务余额${i + 40}亿元，专项债务余额60亿元。` +
      '严格落实过紧日子要求，持续压减一般性支出，切实保障基本民生和重点领域支出需要。\n\n'
    );
  };
  return fill(bytes, para);
}

/** name → { format, make(bytes), owner?, note } */
export const SHAPES = {
  'ordinary text': { format: 'text', make: (n) => ordinaryText(n) },
  'ordinary markdown': { format: 'markdown', make: (n) => ordinaryText(n, true) },
  // One line of spaces: the plain-text contents-line test (owner: document/parse-text.ts).
  'space run': { format: 'text', make: (n, v) => `甲${' '.repeat(n + v)}乙` },
  'dot run': { format: 'text', make: (n, v) => '.'.repeat(n + v) },
  'dot run (markdown)': { format: 'markdown', make: (n, v) => '.'.repeat(n + v) },
  // Chinese numerals with no classifier after them.
  'numeral run': { format: 'text', make: (n, v) => '一二三四五六七八九十百千万亿两零'.repeat(Math.ceil(n / 48)) + '三'.repeat(v) },
  // Lines that end in "，": the line joiner grows one paragraph (owner: document/parse-text.ts).
  'comma lines': { format: 'text', make: (n) => fill(n, (i) => `${name(i)}支出${amount(i)}万元，\n`) },
  // 其中：甲1万元、乙2万元、… in one sentence.
  'long 其中 list': { format: 'text', make: (n) => fill(n, (i) => `${name(i)}${amount(i)}万元、`, '项目支出合计100000万元，其中：', '。') },
  // 其中 after 其中 in one sentence.
  'many 其中 in a sentence': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}支出${amount(i + 3)}万元，其中基本支出${amount(i)}万元，`, '', '。'),
  },
  // Numbered items, one a block, after a block that ends in 其中：.
  'numbered items after 其中': {
    format: 'text',
    make: (n) => fill(n, (i) => `（${i + 1}）${name(i)}支出${amount(i)}万元；\n`, '一般公共预算支出合计100000万元，其中：\n'),
  },
  // The same numbered items inside the 其中 sentence itself.
  'numbered items in a sentence': {
    format: 'text',
    make: (n) => fill(n, (i) => `（${i + 1}）${name(i)}支出${amount(i)}万元；`, '一般公共预算支出合计100000万元，其中：', '。'),
  },
  'change run': { format: 'text', make: (n) => fill(n, (i) => `${name(i)}${amount(i)}万元，比上年增加${(i % 9) + 1}万元，`, '', '。') },
  // Amounts each with its share of a total named, not stated: every share looks the name up.
  'named share run': { format: 'text', make: (n) => fill(n, (i) => `${name(i)}支出${amount(i)}万元，占一般公共预算支出的${i % 50}.${i % 10}%，`, '', '。') },
  // Changes in percentage points, each with its rate, in one sentence with no ；: each change's clause is the whole sentence.
  'points run': { format: 'text', make: (n) => fill(n, (i) => `${name(i)}执行率${80 + (i % 10)}.${i % 10}%，较上年提高${(i % 9) + 1}.${i % 7}个百分点，`, '', '。') },
  '三方面 run': { format: 'text', make: (n, v) => fill(n, (i) => (i % 2 ? '三方面' : '加强三方面，'), `第${v}次`) },
  'debt sentence': {
    format: 'text',
    make: (n) =>
      fill(n, (i) => `${name(i)}政府债务余额${amount(i)}亿元，其中一般债务余额${amount(i + 1)}亿元，当年发行债券${amount(i + 2)}亿元，`, '截至2023年底，', '。'),
  },
  // One debt at one date stated again and again, each time a sentence of its own.
  'debt restated': {
    format: 'text',
    make: (n) => fill(n, (i) => `截至2023年底，全区政府债务余额${amount(i)}亿元，当年还本${amount(i + 7)}亿元。`, '截至2022年底，全区政府债务余额80亿元。'),
  },
  'share run': { format: 'text', make: (n) => fill(n, (i) => `${name(i)}支出${amount(i)}万元，占${(i % 90) + 1}.5%；`, '一般公共预算财政拨款支出100000万元，主要用于以下方面：', '。') },
  // A count and its 一是…二是… list, again and again in one paragraph.
  'count lists': { format: 'text', make: (n) => fill(n, (i) => `${name(i)}做好三方面工作：一是加强${name(i)}管理；二是压减支出；三是强化绩效。`) },
  // The document named again and again in one paragraph (本部门2024年部门预算…).
  // 本部门…年支出预算…万元 in one paragraph with no full stop, under a title of another year, each amount stated again
  // under the title's year: each such year looks for its sentence and for the amount's other places (owner:
  // relations/years.ts ownTotalOfTitleYear).
  'own total run': {
    format: 'text',
    make: (n) => fill(n, (i) => `本部门${2000 + (i % 25)}年支出预算${amount(i % 50)}万元，2026年${name(i)}${amount(i % 50)}万元，`, '城东区教育局2026年部门预算\n\n', '。'),
  },
  // Scores of the whole, 得分…分； again and again in one sentence, under a score table with its 合计 row: each score's
  // words back to the sentence's start were searched for a part named (owner: facts/score-totals.ts scoreTotalFacts).
  'score total run': {
    format: 'markdown',
    make: (n) =>
      fill(n, (i) => `得分${(i % 40) + 60}.${i % 10}分；`, '2025年项目支出绩效自评报告\n\n| 一级指标 | 分值 | 得分 |\n|---|---:|---:|\n| 产出指标 | 50 | 45 |\n| 效益指标 | 50 | 46.5 |\n| 合计 | 100 | 91.5 |\n\n', '。\n'),
  },
  // 结转下年…万元 again and again in one sentence of a budget book's report: each carry-over read its sentence from the
  // start for another source, book or year (owner: facts/carry-overs.ts carryOverFacts).
  'carry-over run': { format: 'text', make: (n) => fill(n, (i) => `结转下年${amount(i)}万元，`, '2025年国有资本经营预算执行情况说明\n\n', '。') },
  // Amounts in one sentence of a paragraph naming 拨款, in a 预算: each clause's words from the sentence's start were
  // taken to see whether it opens the sentence (owner: facts/grant-totals.ts grantTotalFacts).
  'grant total run': { format: 'text', make: (n) => fill(n, (i) => `支出${amount(i)}万元，`, '城东区教育局2026年部门预算\n\n财政拨款', '。') },
  // Counts before a colon, each list's first item an amount with a clause of its share, one sentence with no ；: each
  // list's clauses were read to the sentence's end (owner: relations/counts.ts figureClauses).
  'figure clause lists': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}投向${['两', '三', '四'][i % 3]}个领域：${name(i + 1)}${amount(i)}亿元，占${(i % 89) + 10}.${i % 10}%，`, '', '。'),
  },
  // Changes against a base whose figure stands in brackets (比2025年预算（…万元）增加…), one sentence with no year: each
  // change with a bare 上年 read its sentence from the start for its year, after searching the paragraph's sentences for
  // it (owner: relations/conflicts.ts bareLastYear, reached through reading/roles.ts's bracketed prior).
  'bracketed prior run': { format: 'text', make: (n) => fill(n, (i) => `${name(i)}支出${amount(i + 1)}万元，比2025年预算（${amount(i)}万元）增加1.00万元，`, '', '。') },
  // 在职人员…人 again and again in one sentence, no date: each count with no date in its clause read its sentence from
  // the start for an opening date (owner: facts/stock-counts.ts stockCountFacts).
  'stock count run': { format: 'text', make: (n) => fill(n, (i) => `在职人员${(i % 900) + 10 + salt}人，`, '', '。') },
  // 得分…分， again and again in one sentence: each score joined to the one before it by a comma walked back over
  // the run for the whole the list splits (owner: relations/grades.ts extractGrades).
  'comma score run': { format: 'text', make: (n) => fill(n, (i) => `得分${(i % 40) + 60}.${(i + salt) % 10}分，`, '', '。') },
  // 支出…万元。 again and again in one paragraph (本部门2025年支出预算…万元。 too, at twice the bytes a sentence): every
  // sentence after the first is a member of the first's total, and each count of them was tried as a partition's
  // (owner: relations/sum-lists.ts membersAfter).
  'member statement run': { format: 'text', make: (n) => fill(n, (i) => `支出${amount(i + salt)}万元。`) },
  'year run': { format: 'text', make: (n) => fill(n, (i) => `本部门${2000 + (i % 25)}年部门预算公开，《${name(i)}》`) },
  // 完成预算的…% after each amount, one sentence: each ratio looks for its budget.
  'completion run': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}年初预算为${amount(i + 5)}万元，支出决算为${amount(i)}万元，完成年初预算的${(i % 90) + 10}.5%，决算数小于预算数，`, '', '。'),
  },
  // 决算…，完成年初预算的…%, every other one with 年初预算为… after it: each ratio looks for its budget after it and for a gap before it.
  'completion ratio run': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}决算${amount(i)}万元，完成年初预算的${(i % 90) + 10}.5%，${i % 2 ? '' : `年初预算为${amount(i + 3)}万元，`}`, '', '。'),
  },
  // Balances each with its limit, none naming scope or date, in one paragraph: each balance meets the limits beside it.
  'debt limit run': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}债务余额${amount(i)}亿元，限额${amount(i + 50)}亿元，`, '截至2024年底，', '末笔债务余额5000.00亿元，限额4000.00亿元。'),
  },
  // A change split into the changes of its parts, again and again in one sentence: each list is read up to its own end.
  'change-sum run': {
    format: 'text',
    make: (n) =>
      fill(n, (i) => `${name(i)}支出${amount(i + 9)}万元，比上年增加${(i % 9) + 2}万元，其中基本支出增加${(i % 5) + 1}万元，项目支出增加${(i % 4) + 1}万元，`, '', '。'),
  },
  // Running totals each with its share of the year's budget (占全年预算的…%), one sentence: each share looks for 全年预算.
  'budget share run': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}1-${(i % 11) + 1}月累计完成${amount(i)}万元，占全年预算的${(i % 80) + 10}.${i % 10}%，`, '', '。'),
  },
  // Counts each with a 一是…二是… list that says fewer items than it counts, in one paragraph of commas: each list asks
  // where the next 一是 and the missing item stand.
  'shi list run': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}重点做好${['两', '三', '四'][i % 3]}方面工作：一是${name(i)}；二是${name(i + 1)}；`, '', '。'),
  },
  // Roll-forwards with no year, one after another in one sentence: each closing balance looks back for its opening one.
  'debt roll-forward run': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}年初债务余额${amount(i + 30)}亿元，当年新增${(i % 9) + 1}亿元，偿还${(i % 5) + 1}亿元，年末余额${amount(i + 33)}亿元，`, '', '。'),
  },
  // Counts with their lists, one sentence: each list looks back over the counts before it (gen13).
  // Rates of counts done (已整改…，整改率…) after one total, and stages of one action after each count: each rate and
  // each stage looked back or ahead through the whole sentence.
  'count rate run': { format: 'text', make: (n) => fill(n, (i) => `已整改${(i % 9) + 1}个，整改率${(i % 90) + 1}.0%，`, '审计查出问题180个，', '。') },
  'stage counts run': { format: 'text', make: (n) => fill(n, (i) => `${name(i)}问题${(i % 9) + 2}个，已整改${(i % 9) + 1}个，部分整改1个，`, '', '。') },
  'counts before lists': { format: 'text', make: (n) => fill(n, (i) => `${name(i)}下属单位${(i % 7) + 2}个，分别为${name(i)}甲中心、${name(i)}乙中心，`, '', '。') },
  // Money carried over, one sentence: 年初…，本年收入…，本年支出…，年末… again and again (gen13).
  'carry run': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}年初结转和结余${amount(i)}万元，本年收入${amount(i + 1)}万元，本年支出${amount(i + 2)}万元，年末结转和结余${amount(i + 3)}万元，`, '', '。'),
  },
  // Lists of counts after a count and money, one sentence: each looks back for its count (gen13).
  'band counts': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}项目共${(i % 9) + 3}个，涉及资金${amount(i)}万元，其中得分90分以上的项目2个，80分（含）至90分的项目1个，`, '', '。'),
  },
  'table rows': {
    format: 'markdown',
    make: (n) => fill(n, (i) => `| ${name(i)} | ${amount(i)} | ${amount(i + 1)} |\n`, '单位：万元\n\n| 项目 | 合计 | 基本支出 |\n|---|---:|---:|\n| 合计 | 100 | 50 |\n'),
  },
  // A table of …小计 rows, each over a few unindented rows: each 小计 looks for the run under it (relations/sums.ts subtotalRuns).
  'subtotal rows': {
    format: 'markdown',
    make: (n) =>
      fill(
        n,
        (i) => `| ${name(i)}小计 | ${(i % 90) + 20}.00 |\n| ${name(i + 1)} | ${(i % 90) + 10}.00 |\n| ${name(i + 2)} | 10.00 |\n`,
        '单位：万元\n\n| 项目 | 金额 |\n|---|---:|\n| 合计 | 100 |\n',
      ),
  },
  // One sentence of rates and amounts of change in neighbouring clauses (relations/changes.ts merges each pair).
  'rate then amount run': {
    format: 'text',
    make: (n) => fill(n, (i) => `${name(i)}收入${amount(i)}万元，同比下降了${(i % 9) + 1}.${i % 10}%，比上年减收${(i % 7) + 1}.00万元，上年为${amount(i + 3)}万元，`, '', '。'),
  },
  // Lines of a share each under an opener naming their base (relations/shares.ts compositionOf walks back a dozen at most).
  'composition lines': {
    format: 'markdown',
    make: (n) => fill(n, (i) => `- ${name(i)}${amount(i)}万元，占${(i % 90) + 1}.${i % 10}%；\n`, '本年收入1,000.00万元。\n\n本年收入构成：\n\n'),
  },
  // A table thousands of columns wide (18,750 at about 560 KB); its row text is joined cell by cell in document/parse-markdown.ts.
  'table columns': {
    format: 'markdown',
    make: (n) => {
      const cols = Math.max(2, Math.floor(n / 30));
      const head = Array.from({ length: cols }, (_, c) => name(c));
      const row = Array.from({ length: cols }, (_, c) => amount(c));
      return `| ${head.join(' | ')} |\n|${'---|'.repeat(cols)}\n| ${row.join(' | ')} |\n`;
    },
  },
  'markdown paragraph': {
    format: 'markdown',
    make: (n) => fill(n, (i) => `${name(i)}支出${amount(i)}万元，比上年减少${(i % 7) + 1}万元，下降${(i % 30) + 1}.2%。`),
  },
  'unclosed comment': { format: 'markdown', make: (n, v) => `${v}`.repeat(v ? 1 : 0) + '<!-- budgetlint-'.repeat(Math.ceil(n / 16)) },
};

export const bytesOf = enc;

/** The shape's document of about `bytes` bytes; a different `variant` gives text no cache has seen. */
export function makeShape(shape, bytes, variant = 0) {
  salt = variant;
  try {
    return SHAPES[shape].make(bytes, variant);
  } finally {
    salt = 0;
  }
}

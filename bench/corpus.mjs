// A deterministic corpus of realistic budget-disclosure drafts for the benchmark.
// Seeded PRNG (mulberry32): the same seed gives the same documents on every machine.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const SUBJECTS = [
  ['税收返还和转移支付', ['返还性收入', '一般性转移支付', '专项转移支付']],
  ['三公经费支出', ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费']],
  ['政府债务余额', ['一般债务余额', '专项债务余额']],
  ['一般公共预算支出', ['一般公共服务支出', '教育支出', '社会保障和就业支出', '卫生健康支出', '农林水支出']],
  ['政府性基金预算收入', ['国有土地使用权出让收入', '城市基础设施配套费收入', '污水处理费收入']],
  ['项目支出', ['其他运转类项目', '特定目标类项目']],
  ['机关运行经费', ['办公费', '印刷费', '水电费', '差旅费']],
];
const FILLER = [
  '严格落实过紧日子要求，持续压减一般性支出，切实保障基本民生和重点领域支出需要',
  '主要用于保障机关正常运转、落实各项民生政策和推进重点项目建设',
  '资金已按规定及时拨付到位，并纳入预算绩效管理范围，接受人大和社会监督',
  '下一步，我们将进一步加强预算执行管理，提高财政资金使用效益',
  '按照预算法及其实施条例的规定，现将有关情况说明如下',
  '加强政府债务管理，严格控制债务规模，有效防范化解债务风险',
  '全面实施预算绩效管理，将绩效评价结果作为预算安排和政策调整的重要依据',
];
const BASES = ['上年', '上年执行数', '上年预算数', '年初预算'];

export function makeGenerator(seed) {
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const money = (lo, hi, places) => (lo + rnd() * (hi - lo)).toFixed(places);
  /** n positive parts that add up exactly to total (in units of 10^-places). */
  const split = (total, n, places) => {
    const k = 10 ** places;
    let rest = Math.round(Number(total) * k);
    const parts = [];
    for (let i = 0; i < n - 1; i++) {
      const p = Math.max(1, Math.floor((rest * (0.2 + rnd() * 0.5)) / (n - i - 1 || 1)));
      parts.push(p);
      rest -= p;
    }
    parts.push(rest);
    return parts.map((p) => (p / k).toFixed(places));
  };
  /** Sometimes the drafter got a part wrong. */
  const maybeWrong = (parts, places) =>
    rnd() < 0.1 ? parts.map((p, i) => (i === 0 ? (Number(p) + int(1, 9)).toFixed(places) : p)) : parts;

  /** "比上年增加d，增长r%" consistent with the current value (rounded), now and then contradicted. */
  const change = (current, unit, places) => {
    const cur = Number(current);
    const up = rnd() < 0.5;
    const d = Number((cur * (0.01 + rnd() * 0.3)).toFixed(places));
    const prior = up ? cur - d : cur + d;
    let r = ((d / prior) * 100).toFixed(2);
    let rateWord = up ? '增长' : '下降';
    const roll = rnd();
    if (roll < 0.03) rateWord = up ? '下降' : '增长';
    else if (roll < 0.06) r = (Number(r) + int(1, 9)).toFixed(2);
    return `比${pick(BASES)}${up ? '增加' : '减少'}${d.toFixed(places)}${unit}，${rateWord}${r}%`;
  };

  const ofWhich = () => {
    const [subject, parts] = pick(SUBJECTS);
    const unit = pick(['万元', '万元', '亿元']);
    const places = unit === '亿元' ? 2 : pick([0, 1, 2]);
    const total = money(100, 90000, places);
    const vals = maybeWrong(split(total, parts.length, places), places);
    const items = parts.map((p, i) => `${p}${vals[i]}${unit}`).join(rnd() < 0.5 ? '，' : '；');
    return `${int(2019, 2025)}年${pick(['全区', '全县', '本级', '全市'])}${subject}合计${total}${unit}，${change(total, unit, places)}。其中：${items}。${pick(FILLER)}。`;
  };

  const subItems = () => {
    const [subject, parts] = pick(SUBJECTS);
    const total = money(1000, 50000, 2);
    const vals = maybeWrong(split(total, parts.length, 2), 2);
    const lines = [`${subject}${total}万元，${change(total, '万元', 2)}，其中：`];
    parts.forEach((p, i) => {
      lines.push(`（${i + 1}）${p}${vals[i]}万元，${change(vals[i], '万元', 2)}。${pick(FILLER)}。`);
    });
    return lines.join('\n\n');
  };

  const table = () => {
    const [subject, parts] = pick(SUBJECTS);
    const cols = [0, 0];
    const rows = parts.map((p) => {
      const a = int(100, 90000);
      const b = int(100, 90000);
      cols[0] += a;
      cols[1] += b;
      return `| ${p} | ${a} | ${b} | ${(((b - a) / a) * 100).toFixed(2)} |`;
    });
    const wrong = rnd() < 0.1 ? int(1, 99) : 0;
    return [
      `${subject}情况表`,
      '',
      '单位：万元',
      '',
      '| 项目 | 预算数 | 决算数 | 增减% |',
      '|---|---:|---:|---:|',
      ...rows,
      `| 合计 | ${cols[0] + wrong} | ${cols[1]} | ${(((cols[1] - cols[0]) / cols[0]) * 100).toFixed(2)} |`,
    ].join('\n');
  };

  const grades = () => {
    const [a, b, c] = [int(0, 5), int(3, 15), int(0, 6)];
    const n = a + b + c + (rnd() < 0.1 ? 1 : 0);
    return `${int(2021, 2025)}年共对${n}个项目开展绩效评价，涉及资金${money(1000, 90000, 2)}万元，其中：评价结果为优的${a}个，良的${b}个，中的${c}个。评价得分${money(60, 100, 1)}分，${pick(FILLER)}。`;
  };

  const debt = () => {
    const limit = money(50, 300, 2);
    const bal = (Number(limit) * (0.7 + rnd() * 0.25)).toFixed(2);
    return `截至${int(2021, 2025)}年底，全区政府债务余额${bal}亿元，控制在省级下达的债务限额${limit}亿元以内。${pick(FILLER)}。联系电话：0351-${int(1000000, 9999999)}。`;
  };

  const prose = () => `${pick(FILLER)}，${pick(FILLER)}。根据财预〔${int(2015, 2024)}〕${int(1, 99)}号文件要求，${pick(FILLER)}。`;

  const kinds = [ofWhich, ofWhich, subItems, table, grades, debt, prose, prose];

  /** A Markdown draft of about `bytes` UTF-8 bytes: numbered sections of a few paragraphs each. */
  return function document(bytes) {
    const parts = [`# ${int(2019, 2025)}年${pick(['某区', '某县', '某市'])}政府预算公开说明`];
    let size = Buffer.byteLength(parts[0]);
    let section = 0;
    let sincePart = 0;
    while (size < bytes) {
      let p;
      if (sincePart === 0 || rnd() < 0.12) {
        if (section === CN.length) {
          section = 0;
          parts.push(`# 第${pick(CN)}部分`);
        }
        p = `## ${CN[section++]}、${pick(SUBJECTS)[0]}情况`;
        sincePart = 1;
      } else {
        p = pick(kinds)();
        sincePart++;
      }
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    return `${parts.join('\n\n')}\n`;
  };
}

/** 200 drafts of about 10 KB and one of about 5 MB, the same on every run. */
export function makeCorpus({ seed = 20241231, small = 200, smallBytes = 10 * 1024, largeBytes = 5 * 1024 * 1024 } = {}) {
  const gen = makeGenerator(seed);
  const docs = Array.from({ length: small }, () => gen(smallBytes));
  const large = makeGenerator(seed + 1)(largeBytes);
  return { docs, large };
}

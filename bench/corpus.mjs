// A deterministic corpus of budget-disclosure drafts for the benchmark.
//
// Every document differs from every other in its figures AND its names: places, units,
// projects and the words of the prose are composed from syllables and phrase parts by a
// seeded PRNG (mulberry32), so no block, sentence or table row repeats across documents
// and no cache inside the linter can answer for text it has not read. The same seed gives
// the same documents on every machine. About one sum, rate or share in ten is wrong, so
// the rules find something to report, as in real drafts.

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

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
// Characters names are made of: 2–3 of them give tens of thousands of distinct names.
const SYL = [...'安宝北滨长城川春大德东丰福港高光广海和河红华淮黄吉嘉江金锦京靖康乐临龙鹿罗茂梅明南宁平浦齐青清庆泉仁瑞山上韶胜石顺松太泰天通桐文武西溪仙祥新兴秀阳永玉源云泽长正中州珠'];
const PLACE_KIND = ['区', '县', '市', '镇', '街道', '乡'];
const ORG_KIND = ['局', '中心', '委员会', '办公室', '服务站', '管理处', '学校', '医院', '研究所'];
const ORG_TOPIC = ['财政', '教育', '卫生健康', '农业农村', '水务', '交通运输', '民政', '文化旅游', '生态环境', '住房和城乡建设', '市场监督管理', '应急管理', '人力资源和社会保障', '自然资源', '统计'];
const PROJECT_KIND = ['工程', '项目', '改造工程', '提升工程', '建设项目', '专项', '补助资金', '运维经费'];
const PROJECT_TOPIC = ['道路', '管网', '校舍', '堤防', '污水处理', '公园', '养老服务', '农田水利', '智慧平台', '社区服务', '垃圾分类', '路灯', '供水', '职业培训', '文物保护', '森林防火'];
const SPEND = ['一般公共服务支出', '教育支出', '科学技术支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '住房保障支出', '文化旅游体育与传媒支出', '公共安全支出'];
const INCOME = ['税收收入', '非税收入', '专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入'];
const UNIT = [['万元', 2], ['万元', 0], ['万元', 1], ['亿元', 2], ['元', 0]];
const BASES = ['上年', '上年执行数', '上年预算数', '年初预算', '上年决算数'];
// Prose is assembled from parts: the same clause never comes out twice with the same names and numbers.
const P_VERB = ['严格落实', '认真贯彻', '持续推进', '统筹安排', '全面加强', '积极争取', '稳步实施', '进一步规范'];
const P_OBJ = ['过紧日子要求', '预算绩效管理', '财政资金直达机制', '国库集中支付制度', '政府采购管理', '债务风险防控', '基本民生保障', '重点项目资金调度', '资产配置标准'];
const P_AIM = ['切实提高资金使用效益', '保障机关正常运转', '推动各项政策落地见效', '防范化解财政运行风险', '兜牢基层“三保”底线', '接受人大和社会监督', '确保资金安全规范使用'];

export function makeGenerator(seed, { log } = {}) {
  const rnd = mulberry32(seed);
  // What each paragraph was made wrong in, for a caller that wants to know (bench/oracle.mjs):
  // recorded beside the random draws, never drawing one, so the text is the same with or without it.
  let injected = [];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const name = (n = int(2, 3)) => Array.from({ length: n }, () => pick(SYL)).join('');
  const place = () => `${name(2)}${pick(PLACE_KIND)}`;
  const org = () => `${name(2)}${pick(ORG_TOPIC)}${pick(ORG_KIND)}`;
  const project = () => `${name(2)}${pick(PROJECT_TOPIC)}${pick(PROJECT_KIND)}`;
  const fix = (n, places) => n.toFixed(places);
  const money = (lo, hi, places) => fix(lo + rnd() * (hi - lo), places);
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
    return parts.map((p) => fix(p / k, places));
  };
  /** Sometimes the drafter got a part wrong. */
  const maybeWrong = (parts, places) => (rnd() < 0.1 ? (injected.push('sum'), parts.map((p, i) => (i === 0 ? fix(Number(p) + int(1, 9), places) : p))) : parts);
  const year = () => int(2018, 2025);
  const prose = () => `${pick(P_VERB)}${pick(P_OBJ)}，${org()}${pick(P_VERB)}${pick(P_OBJ)}，${pick(P_AIM)}。`;

  /** "比上年增加d，增长r%": consistent with the current value (rounded), now and then contradicted. */
  const change = (current, unit, places) => {
    const cur = Number(current);
    const up = rnd() < 0.5;
    const d = Number(fix(cur * (0.01 + rnd() * 0.3), places)) || 1;
    const prior = up ? cur - d : cur + d;
    let r = fix((d / prior) * 100, 2);
    let word = up ? '增长' : '下降';
    const roll = rnd();
    if (roll < 0.03) (word = up ? '下降' : '增长'), injected.push('direction');
    else if (roll < 0.06) (r = fix(Number(r) + int(1, 9), 2)), injected.push('change');
    return `比${pick(BASES)}${up ? '增加' : '减少'}${fix(d, places)}${unit}，${word}${r}%`;
  };

  // ---- genres -------------------------------------------------------------

  const totalWithParts = () => {
    const [unit, places] = pick(UNIT);
    const total = money(100, 90000, places);
    const n = int(2, 6);
    const vals = maybeWrong(split(total, n, places), places);
    const sep = rnd() < 0.5 ? '，' : '；';
    const items = vals.map((v) => `${rnd() < 0.5 ? project() : pick(SPEND)}${v}${unit}`).join(sep);
    return `${year()}年${place()}${pick(SPEND)}合计${total}${unit}，${change(total, unit, places)}。其中：${items}。${prose()}`;
  };

  const numberedParts = () => {
    const total = money(1000, 50000, 2);
    const n = int(2, 5);
    const vals = maybeWrong(split(total, n, 2), 2);
    const lines = [`${org()}${pick(['项目支出', '基本支出', '专项资金', '转移支付'])}${total}万元，${change(total, '万元', 2)}，其中：`];
    vals.forEach((v, i) => lines.push(`（${i + 1}）${project()}${v}万元，${change(v, '万元', 2)}。${prose()}`));
    return lines.join('\n\n');
  };

  const changeOnly = () => {
    const [unit, places] = pick(UNIT);
    const cur = money(50, 80000, places);
    return `${place()}${pick(INCOME)}完成${cur}${unit}，为预算的${money(85, 112, 1)}%，${change(cur, unit, places)}。${prose()}`;
  };

  const share = () => {
    const total = Number(money(5000, 90000, 2));
    const part = Number(fix(total * (0.05 + rnd() * 0.6), 2));
    let pct = fix((part / total) * 100, 1);
    if (rnd() < 0.08) (pct = fix(Number(pct) + int(2, 9), 1)), injected.push('share');
    const what = pick(SPEND);
    return `${year()}年${place()}一般公共预算支出${fix(total, 2)}万元，其中${what}${fix(part, 2)}万元，占一般公共预算支出的${pct}%。${prose()}`;
  };

  const debt = () => {
    const limit = Number(money(50, 300, 2));
    const bal = Number(fix(limit * (0.7 + rnd() * 0.25), 2));
    const general = Number(fix(bal * (0.3 + rnd() * 0.4), 2));
    const special = Number(fix(bal - general, 2)) + (rnd() < 0.08 ? (injected.push('sum'), int(1, 5)) : 0);
    return `截至${year()}年底，${place()}政府债务余额${fix(bal, 2)}亿元，控制在省级下达的债务限额${fix(limit, 2)}亿元以内。其中：一般债务余额${fix(general, 2)}亿元，专项债务余额${fix(special, 2)}亿元。${prose()}`;
  };

  const grades = () => {
    const [a, b, c] = [int(0, 9), int(3, 30), int(0, 9)];
    // 优、良、中 and one more project: the one may be 差, so nothing is proved ('open').
    const n = a + b + c + (rnd() < 0.1 ? (injected.push('open'), 1) : 0);
    return `${year()}年${org()}共对${n}个项目开展绩效评价，涉及资金${money(1000, 90000, 2)}万元，其中：评价结果为优的${a}个，良的${b}个，中的${c}个。${prose()}`;
  };

  const counts = () => {
    const [a, b, c] = [int(1, 40), int(1, 90), int(0, 12)];
    const n = a + b + c + (rnd() < 0.1 ? (injected.push('sum'), int(1, 3)) : 0);
    return `纳入${place()}${year()}年部门预算编制范围的单位共${n}个，其中：行政单位${a}个，事业单位${b}个，其他单位${c}个。${prose()}`;
  };

  const table = () => {
    const n = int(3, 8);
    const cols = [0, 0];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const a = int(100, 90000);
      const b = int(100, 90000);
      cols[0] += a;
      cols[1] += b;
      rows.push(`| ${rnd() < 0.5 ? project() : org()} | ${a} | ${b} | ${fix(((b - a) / a) * 100, 2)} |`);
    }
    const wrong = rnd() < 0.1 ? (injected.push('sum', 'change'), int(1, 99)) : 0;
    return [
      `${place()}${pick(['项目支出', '部门收支', '转移支付', '政府性基金'])}情况表`,
      '',
      '单位：万元',
      '',
      '| 项目 | 预算数 | 决算数 | 增减% |',
      '|---|---:|---:|---:|',
      ...rows,
      `| 合计 | ${cols[0] + wrong} | ${cols[1]} | ${fix(((cols[1] - cols[0]) / cols[0]) * 100, 2)} |`,
    ].join('\n');
  };

  const filler = () => `${prose()}根据${name(1)}财预〔${year()}〕${int(1, 199)}号文件要求，${prose()}联系电话：0${int(100, 999)}-${int(1000000, 9999999)}。`;

  const kinds = [totalWithParts, totalWithParts, numberedParts, changeOnly, share, debt, grades, counts, table, filler];

  /** A Markdown draft of about `bytes` UTF-8 bytes: numbered sections of a few paragraphs each. */
  return function document(bytes) {
    const parts = [`# ${year()}年${place()}${org()}部门预算公开说明`];
    let size = Buffer.byteLength(parts[0]);
    let section = 0;
    let sincePart = 0;
    while (size < bytes) {
      let p;
      if (sincePart === 0 || rnd() < 0.12) {
        if (section === CN.length) {
          section = 0;
          parts.push(`# 第${pick(CN)}部分 ${name()}${pick(ORG_TOPIC)}情况`);
        }
        p = `## ${CN[section++]}、${place()}${pick([...SPEND, ...INCOME])}情况`;
        sincePart = 1;
      } else {
        injected = [];
        const kind = pick(kinds);
        p = kind();
        sincePart++;
        log?.push({ kind: kind.name, text: p, injected });
      }
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    return `${parts.join('\n\n')}\n`;
  };
}

/** `small` drafts of about `smallBytes` and one of about `largeBytes`, the same on every run. */
export function makeCorpus({ seed = 20241231, small = 200, smallBytes = 9 * 1024, largeBytes = 5 * 1024 * 1024 } = {}) {
  const gen = makeGenerator(seed);
  const docs = Array.from({ length: small }, () => gen(smallBytes));
  const large = largeBytes ? makeGenerator(seed + 1)(largeBytes) : '';
  return { docs, large };
}

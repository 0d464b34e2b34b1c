import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table that runs over a page break comes out as two tables: the rows of the first page, then the head
// printed again and the rest of the rows with the 合计. The 合计 adds up the rows of both pages.
const head = ['| 序号 | 项目名称 | 资金（万元） | 自评得分 | 等级 |', '| --- | --- | --- | --- | --- |'];
const first = [
  '| 1 | 小型水库除险加固 | 1,286.40 | 94.5 | 优 |',
  '| 2 | 农村供水保障工程运行维护 | 962.30 | 92.0 | 优 |',
  '| 3 | 中小河流治理 | 1,104.50 | 86.0 | 良 |',
];
const second = (total: string) => ['| 4 | 水利规划编制 | 28.00 | 96.0 | 优 |', '| 5 | 水利科普宣传 | 6.20 | 97.0 | 优 |', `| 合计 |  | ${total} | — | — |`];
const intro = ['# 某县水利局2024年度部门决算', '', '本部门2024年度对全部5个项目开展绩效自评，评价结果如下。', ''];

const budgetHead = ['| 项目 | 年初预算数 | 决算数 |', '| --- | --- | --- |'];

ruleTester(rule, {
  valid: [
    {
      why: 'the head printed again right after the first page: 1,286.40 + 962.30 + 1,104.50 + 28.00 + 6.20 = 3,387.40',
      code: [...intro, ...head, ...first, '', ...head, ...second('3,387.40')].join('\n'),
      format: 'markdown',
    },
    {
      why: 'the same in a Word document, each paragraph a line and the tables as | rows',
      code: [...intro, ...head, ...first, ...head, ...second('3,387.40')].filter((l) => l !== '').join('\n'),
      format: 'paragraphs',
    },
    {
      why: 'a page number and a running head between the pages',
      code: [...intro, ...head, ...first, '', '— 3 —', '', '某县水利局2024年度部门决算', '', ...head, ...second('3,387.40')].join('\n'),
      format: 'markdown',
    },
    {
      why: 'the footnote the first page ended on between the pages: the numbering goes on, 4 after 3',
      code: [...intro, ...head, ...first, '', '注：自评得分90分（含）以上为优，80（含）至90分为良，60（含）至80分为中，60分以下为差。', '', ...head, ...second('3,387.40')].join('\n'),
      format: 'markdown',
    },
    {
      why: 'the rest of the rows under an empty head (the PDF reader\'s, when a footnote ended the first page)',
      code: [...intro, ...head, ...first, '', '注：自评得分90分（含）以上为优。', '', '|  |  |  |  |  |', '| --- | --- | --- | --- | --- |', ...second('3,387.40')].join('\n'),
      format: 'markdown',
    },
    {
      why: 'two tables with the same head, each with its own 合计: the second is another table (120.00 + 80.00 = 200.00)',
      code: [
        ...budgetHead,
        '| 工资福利支出 | 300.00 | 310.00 |',
        '| 商品和服务支出 | 100.00 | 90.00 |',
        '| 合计 | 400.00 | 400.00 |',
        '',
        ...budgetHead,
        '| 设备购置 | 120.00 | 118.00 |',
        '| 信息化运维 | 80.00 | 82.00 |',
        '| 合计 | 200.00 | 200.00 |',
      ].join('\n'),
      format: 'markdown',
    },
    {
      why: 'an empty head after a page number with numbering that starts again: another table (25.00 + 50.00 = 75.00)',
      code: [
        ...intro,
        ...head,
        ...first,
        '',
        '— 3 —',
        '',
        '|  |  |  |  |  |',
        '| --- | --- | --- | --- | --- |',
        '| 1 | 河道保洁 | 25.00 | 92.0 | 优 |',
        '| 2 | 堤防巡查 | 50.00 | 91.0 | 优 |',
        '| 合计 |  | 75.00 | — | — |',
      ].join('\n'),
      format: 'markdown',
    },
    {
      why: 'pdftotext -layout: a footnote mark on a line of its own and the footnote, the page number and the running head between the pages',
      code: [
        '单位：万元',
        '序号    项目名称                资金（万元）    自评得分    等级',
        '1       小型水库除险加固        1,286.40        94.5        优',
        '2       农村供水保障工程运行维护  962.30        92.0        优',
        '3       中小河流治理            1,104.50        86.0        良',
        '',
        '1',
        '自评得分90分（含）以上为优，80（含）至90分为良，60（含）至80分为中，60分以下为差。',
        '',
        '                       第1页共2页',
        '                某县水利局2024年度部门决算',
        '',
        '序号    项目名称                资金（万元）    自评得分    等级',
        '4       水利规划编制            28.00           96.0        优',
        '5       水利科普宣传            6.20            97.0        优',
        '合计                            3,387.40        —           —',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the 合计 of a table over two pages checked against every row: 3,387.40, stated 3,378.40',
      code: [...intro, ...head, ...first, '', ...head, ...second('3,378.40')].join('\n'),
      format: 'markdown',
      errors: [{ message: '表中合计行“资金（万元）”列3,378.40万元，但分项之和为3387.40万元（1286.40 + 962.30 + 1104.50 + 28.00 + 6.20），相差9.00万元', line: 15, column: 11 }],
    },
    {
      why: 'with the footnote between the pages, the same',
      code: [...intro, ...head, ...first, '', '注：自评得分90分（含）以上为优，80（含）至90分为良。', '', ...head, ...second('3,378.40')].join('\n'),
      format: 'markdown',
      errors: [{ message: '表中合计行“资金（万元）”列3,378.40万元，但分项之和为3387.40万元（1286.40 + 962.30 + 1104.50 + 28.00 + 6.20），相差9.00万元', line: 17, column: 11 }],
    },
    {
      why: 'a table title between two tables of the same head: the second is its own table, 28.00 + 6.20 = 34.20, stated 3,387.40',
      code: [...intro, ...head, ...first, '', '表2 其他项目绩效自评结果表', '', ...head, ...second('3,387.40')].join('\n'),
      format: 'markdown',
      errors: [{ message: '表中合计行“资金（万元）”列3,387.40万元，但分项之和为34.20万元（28.00 + 6.20），相差3353.20万元', line: 17, column: 11 }],
    },
  ],
});

import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 收支总表 sets two lists side by side (收入 | 数 | 支出 | 数): each side is a list of its own, whose
// 合计/总计 row adds up the numbered rows of that side above it (blank cells are nothing), and a
// 总计 after a 本年合计 adds the 本年合计 and the carry-over rows between them (年初结转和结余). The
// mutation probe (bench/mutate.mjs) found these totals unread on every department's 总表.
const table = (rows: string[], head = '| 收入项目 | 预算数 | 支出项目 | 预算数 |') => ['单位：万元', '', head, '| --- | --- | --- | --- |', ...rows].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'both sides add up: 4,380.60 + 112.40 = 4,493.00; 3,120.00 + 905.30 + 467.70 = 4,493.00',
      format: 'markdown',
      code: table([
        '| 一、财政拨款收入 | 4,380.60 | 一、一般公共服务支出 | 3,120.00 |',
        '| 1. 一般公共预算资金 | 4,380.60 | 二、卫生健康支出 | 905.30 |',
        '| 二、事业收入 |  | 三、住房保障支出 | 467.70 |',
        '| 三、其他收入 | 112.40 |  |  |',
        '| 收入总计 | 4,493.00 | 支出总计 | 4,493.00 |',
      ]),
    },
    {
      why: '本年合计 then carry-over rows then 总计, on both sides: 618.25 + 40.75 = 659.00; 602.10 + 56.90 = 659.00',
      format: 'markdown',
      code: table(
        [
          '| 一、财政拨款收入 | 598.25 | 一、教育支出 | 430.10 |',
          '| 二、其他收入 | 20.00 | 二、科学技术支出 | 172.00 |',
          '| 本年收入合计 | 618.25 | 本年支出合计 | 602.10 |',
          '| 使用非财政拨款结余 |  | 结余分配 |  |',
          '| 年初结转和结余 | 40.75 | 年末结转和结余 | 56.90 |',
          '| 总计 | 659.00 | 总计 | 659.00 |',
        ],
        '| 收入 项目 | 决算数 | 支出 项目 | 决算数 |',
      ),
    },
    {
      why: 'a label the page wrapped onto the next row (its amount under the second half): the rows cannot be told apart, nothing is read',
      format: 'markdown',
      code: table([
        '| 一、财政拨款收入 | 300.00 | 一、农林水支出 | 250.00 |',
        '| 二、政府性基金预算财政拨款 |  | 二、城乡社区支出 | 90.00 |',
        '| 收入 | 40.00 |  |  |',
        '| 收入总计 | 400.00 | 支出总计 | 340.00 |',
      ]),
    },
    {
      why: 'a 其中 row among the carry-over rows may detail one of them: the 总计 is not read',
      format: 'markdown',
      code: table([
        '| 一、财政拨款收入 | 500.00 | 一、文化旅游体育与传媒支出 | 480.00 |',
        '| 本年收入合计 | 500.00 | 本年支出合计 | 480.00 |',
        '| 上年结转 | 30.00 | 年末结转和结余 | 50.00 |',
        '| 其中：财政拨款结转 | 20.00 |  |  |',
        '| 收入总计 | 550.00 | 支出总计 | 530.00 |',
      ]),
    },
    {
      why: 'a 本年合计 whose amount the page put in another column: the 总计 over it is not read (21.63 alone is not its parts)',
      format: 'markdown',
      code: [
        '单位：万元',
        '',
        '| 收入 | 金额 | 支出 | 合计 | 一般公共预算 |',
        '| --- | --- | --- | --- | --- |',
        '| 一、一般公共预算财政拨款 | 1,805.30 | 一、社会保障和就业支出 | 1,805.30 | 1,805.30 |',
        '| 本年收入合计 |  | 本年支出合计 |  | 1,805.30 |',
        '| 年初财政拨款结转和结余 | 18.42 | 年末财政拨款结转和结余 | 18.42 | 18.42 |',
        '| 收入总计 | 1,823.72 | 支出总计 | 1,823.72 | 1,823.72 |',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the spending side: 3,120.00 + 905.30 + 467.70 = 4,493.00, stated 4,498.00',
      format: 'markdown',
      code: table([
        '| 一、财政拨款收入 | 4,380.60 | 一、一般公共服务支出 | 3,120.00 |',
        '| 1. 一般公共预算资金 | 4,380.60 | 二、卫生健康支出 | 905.30 |',
        '| 二、事业收入 |  | 三、住房保障支出 | 467.70 |',
        '| 三、其他收入 | 112.40 |  |  |',
        '| 收入总计 | 4,493.00 | 支出总计 | 4,498.00 |',
      ]),
      errors: [{ message: '表中支出总计行“预算数”列4,498.00万元，但分项之和为4493.00万元（3120.00 + 905.30 + 467.70），相差5.00万元', line: 9, column: 28 }],
    },
    {
      why: 'the income side of a 决算 table: 598.25 + 20.00 = 618.25, stated 613.25 (the 总计 over it, 613.25 + 40.75 ≠ 659.00, follows from that slip and is not reported again)',
      format: 'markdown',
      code: table(
        [
          '| 一、财政拨款收入 | 598.25 | 一、教育支出 | 430.10 |',
          '| 二、其他收入 | 20.00 | 二、科学技术支出 | 172.00 |',
          '| 本年收入合计 | 613.25 | 本年支出合计 | 602.10 |',
          '| 使用非财政拨款结余 |  | 结余分配 |  |',
          '| 年初结转和结余 | 40.75 | 年末结转和结余 | 56.90 |',
          '| 总计 | 659.00 | 总计 | 659.00 |',
        ],
        '| 收入 项目 | 决算数 | 支出 项目 | 决算数 |',
      ),
      errors: [
        { message: '表中本年收入合计行“决算数”列613.25万元，但分项之和为618.25万元（598.25 + 20.00），相差5.00万元', line: 7, column: 12 },
      ],
    },
    {
      why: 'the 总计 of the spending side: 本年支出合计 602.10 + 年末结转和结余 56.90 = 659.00, stated 695.00',
      format: 'markdown',
      code: table(
        [
          '| 一、财政拨款收入 | 598.25 | 一、教育支出 | 430.10 |',
          '| 二、其他收入 | 20.00 | 二、科学技术支出 | 172.00 |',
          '| 本年收入合计 | 618.25 | 本年支出合计 | 602.10 |',
          '| 年初结转和结余 | 40.75 | 年末结转和结余 | 56.90 |',
          '| 总计 | 659.00 | 总计 | 695.00 |',
        ],
        '| 收入 项目 | 决算数 | 支出 项目 | 决算数 |',
      ),
      errors: [{ message: '表中总计行“决算数”列695.00万元，但分项之和为659.00万元（602.10 + 56.90），相差36.00万元', line: 9, column: 22 }],
    },
    {
      why: 'unnumbered rows (no 一、二、) are all the side\'s members: 1,250 + 380 = 1,630, stated 1,680',
      format: 'markdown',
      code: table(['| 财政拨款收入 | 1,250 | 基本支出 | 1,100 |', '| 事业收入 | 380 | 项目支出 | 530 |', '| 收入合计 | 1,680 | 支出合计 | 1,630 |']),
      errors: [{ message: '表中收入合计行“预算数”列1,680万元，但分项之和为1630万元（1250 + 380），相差50万元', line: 7, column: 10 }],
    },
  ],
});

// A row's cells are parted by spaces in its text: the word in the next cell is not the amount's unit.
ruleTester(rule, {
  valid: [
    {
      why: 'an amount whose next cell opens with 人 (人员经费…) is still an amount: 1,250 + 640 = 1,890',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 预算数 | 说明 |', '| --- | --- | --- |', '| 基本支出 | 1,250 | 人员经费和日常公用经费 |', '| 项目支出 | 640 | 项目经费 |', '| 合计 | 1,890 | — |'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the same table with a wrong 合计: 1,250 + 640 = 1,890, stated 1,980',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 预算数 | 说明 |', '| --- | --- | --- |', '| 基本支出 | 1,250 | 人员经费和日常公用经费 |', '| 项目支出 | 640 | 项目经费 |', '| 合计 | 1,980 | — |'].join('\n'),
      errors: [{ message: '表中合计行“预算数”列1,980万元，但分项之和为1890万元（1250 + 640），相差90万元', line: 7, column: 8 }],
    },
    {
      why: 'a cell of 次 after the amount cell (次数 column head aside): 36.40 + 18.60 = 55.00, stated 56.00',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 金额 | 备注 |', '| --- | --- | --- |', '| 公务接待费 | 36.40 | 次数较上年减少 |', '| 公务用车运行维护费 | 18.60 | 个别车辆报废 |', '| 合计 | 56.00 |  |'].join('\n'),
      errors: [{ message: '表中合计行“金额”列56.00万元，但分项之和为55.00万元（36.40 + 18.60），相差1.00万元', line: 7, column: 8 }],
    },
  ],
});

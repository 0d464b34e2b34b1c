import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Money carried over a year (财政拨款结转和结余): the stock at the year's end is the stock at its start plus
// the year's income less its spending; and 收入总计 (which holds the opening stock) is the spending plus what
// is carried to next year, also when its own 其中 list stands between them.
ruleTester(rule, {
  valid: [
    {
      why: 'a roll-forward per kind after 其中, the balance named before its dates (余额年初…，年末…), a sentence each: the stages are no parts of the total',
      code: '全市政府债务余额由年初的770.14亿元增至年末的856.34亿元，增加86.20亿元。其中一般债务余额年初286.58亿元，当年发行新增一般债券18.40亿元、一般再融资债券21.80亿元，偿还一般债务本金24.60亿元，年末302.18亿元。专项债务余额年初483.56亿元，当年发行新增专项债券86.20亿元、专项再融资债券22.20亿元，偿还专项债务本金37.80亿元，年末554.16亿元。',
    },
    {
      why: 'the same after 其中，, the total a year-end balance',
      code: '全县政府债务余额年末为96.40亿元，比年初增加6.10亿元。其中，一般债务余额年初30.20亿元，发行一般债券4.10亿元，偿还2.30亿元，年末32.00亿元。专项债务余额年初60.10亿元，发行专项债券6.80亿元，偿还2.50亿元，年末64.40亿元。',
    },
    {
      why: 'the same with 期初 and 期末',
      code: '2024年末全区政府债务余额为152.30亿元。其中一般债务余额期初50.00亿元，本年举借8.00亿元，偿还本金3.00亿元，期末55.00亿元。专项债务余额期初90.00亿元，本年举借12.00亿元，偿还本金4.70亿元，期末97.30亿元。',
    },
    {
      why: 'a debt balance is such a stock: 其中，专项债务年初余额…，发行…，偿还…，年末专项债务余额… rolls one kind forward, no split of the year-end balance before it',
      code: '2024年初全县政府债务余额502.52亿元，当年发行债券92.60亿元，偿还本金31.20亿元，年末余额563.92亿元。其中，专项债务年初余额314.86亿元，发行新增专项债券56.00亿元、再融资专项债券8.60亿元，偿还专项债务本金20.00亿元，年末专项债务余额359.46亿元。',
    },
    {
      why: 'the same told in its own paragraph after 其中：, with 上年末 for the opening balance',
      format: 'markdown',
      code: '截至2024年末，全市政府债务余额856.34亿元。\n\n其中：一般债务上年末余额286.58亿元，本年发行一般债券40.20亿元，偿还一般债务本金24.60亿元，年末一般债务余额302.18亿元。\n',
    },
    {
      why: 'a roll-forward that closes: 18.20 + 962.40 - 970.10 = 10.50',
      code: '2024年度本单位财政拨款年初结转和结余18.20万元，本年收入962.40万元，本年支出970.10万元，年末结转和结余10.50万元，主要为尚未完工的维修项目资金。',
    },
    {
      why: 'a roll-forward that closes within rounding: 1.3 + 20.46 - 18.2 = 3.56, stated 3.6',
      code: '纳入决算的政府性基金预算财政拨款年初结转结余1.3万元，本年财政拨款收入20.46万元，本年财政拨款支出18.2万元，年末结转结余3.6万元。',
    },
    {
      why: 'a split of the closing stock, then a paragraph opening with 其中 that rolls one part forward: the roll-forward stages are no parts of the 36.00 before them',
      format: 'markdown',
      code: '年末财政拨款结转和结余86.00万元，其中一般公共预算财政拨款结转50.00万元，政府性基金预算财政拨款结转36.00万元。\n\n其中，一般公共预算财政拨款年初结转和结余40.00万元，本年收入900.00万元，本年支出890.00万元，年末结转和结余50.00万元。\n',
    },
    {
      why: '本年收入合计 is the year\'s income alone (no opening stock): 1,200 - 1,150 is no 年末结转和结余',
      code: '本年收入合计1,200.00万元，其中财政拨款收入1,000.00万元、其他收入200.00万元；本年支出1,150.00万元，年末结转和结余80.00万元。',
    },
    {
      why: '收入总计 with its 其中 list, then the spending and the carry-over that make it: 5,618.40 = 5,402.70 + 215.70',
      code: '2025年度财政拨款收入总计5,618.40万元，其中年初结转和结余320.10万元、本年财政拨款收入5,298.30万元；财政拨款支出5,402.70万元，年末结转和结余215.70万元。',
    },
    {
      why: '加上…减去… that closes: 144.20 + 3,180.52 - 3,229.30 = 95.42',
      code: '一般公共预算财政拨款年初结转结余144.20万元，加上本年财政拨款收入3,180.52万元，减去本年财政拨款支出3,229.30万元，年末结转结余为95.42万元。',
    },
  ],
  invalid: [
    {
      why: '上年底 for the opening stock, as 上年末: 126.30 + 2,764.80 - 2,832.50 = 58.60, stated 68.60',
      code: '本部门上年底结转结余126.30万元，本年收入2,764.80万元，本年支出2,832.50万元，年末结转结余68.60万元。',
      errors: [{ message: '年末结转和结余68.60万元，但按年初加本年收入减本年支出计算应为58.60万元（126.30 + 2764.80 - 2832.50），相差10.00万元', line: 1, column: 56 }],
    },
    {
      why: '加上…减去…: 144.20 + 3,180.52 - 3,229.30 = 95.42, stated 85.42',
      code: '一般公共预算财政拨款年初结转结余144.20万元，加上本年财政拨款收入3,180.52万元，减去本年财政拨款支出3,229.30万元，年末结转结余为85.42万元。',
      errors: [{ message: '年末结转和结余85.42万元，但按年初加本年收入减本年支出计算应为95.42万元（144.20 + 3180.52 - 3229.30），相差10.00万元', line: 1, column: 75 }],
    },
    {
      why: '36.50 + 1,248.30 - 1,239.60 = 45.20, stated 55.20',
      code: '2024年度机关本级财政拨款年初结转和结余36.50万元，本年收入1,248.30万元，本年支出1,239.60万元，年末结转和结余55.20万元。',
      errors: [{ message: '年末结转和结余55.20万元，但按年初加本年收入减本年支出计算应为45.20万元（36.50 + 1248.30 - 1239.60），相差10.00万元', line: 1, column: 67, text: '55.20万元' }],
    },
    {
      why: 'stages apart by ；, 结转结余 without 和: 12.00 + 300.00 - 286.40 = 25.60, stated 35.60',
      code: '其中，政府性基金预算财政拨款年初结转结余12.00万元；本年财政拨款收入300.00万元；本年财政拨款支出286.40万元；年末结转结余35.60万元。',
      errors: [{ message: '年末结转和结余35.60万元，但按年初加本年收入减本年支出计算应为25.60万元（12.00 + 300.00 - 286.40），相差10.00万元', line: 1, column: 69, text: '35.60万元' }],
    },
    {
      why: '收入总计 5,618.40 - 支出 5,402.70 = 215.70, stated 年末结转和结余 225.70 (its own 其中 list adds up)',
      code: '2025年度财政拨款收入总计5,618.40万元，其中年初结转和结余320.10万元、本年财政拨款收入5,298.30万元；财政拨款支出5,402.70万元，年末结转和结余225.70万元。',
      errors: [{ message: '财政拨款收入合计5,618.40万元，但分项之和为5628.40万元（5402.70 + 225.70），相差10.00万元', line: 1, column: 15, text: '5,618.40万元' }],
    },
  ],
});

import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// One misprinted cell of a table breaks every sum it stands in, each by the same gap: its row's 合计 against the row's
// columns, and the column it stands in against the 合计 row (or its parent row). The user mends one cell, so the gap is
// said once, at the sum nearest the cell, with the other sums named beside it. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'every row and every column adds up',
      code: "三、支出预算情况\n表3　青枫镇2026年一般公共预算支出表\n单位：万元\n科目名称\t合计\t基本支出\t项目支出\n一般公共服务支出\t1,284.60\t1,032.40\t252.20\n农林水支出\t2,326.90\t408.50\t1,918.40\n交通运输支出\t640.00\t0.00\t640.00\n合计\t4,251.50\t1,440.90\t2,810.60\n",
    },
  ],
  invalid: [
    {
      why: 'a row’s 合计 misprinted (2,317.90 for 2,326.90): its row and the 合计 column are both off by 9.00, said once at the row',
      code: "三、支出预算情况\n表3　青枫镇2026年一般公共预算支出表\n单位：万元\n科目名称\t合计\t基本支出\t项目支出\n一般公共服务支出\t1,284.60\t1,032.40\t252.20\n农林水支出\t2,317.90\t408.50\t1,918.40\n交通运输支出\t640.00\t0.00\t640.00\n合计\t4,251.50\t1,440.90\t2,810.60\n",
      errors: [
        {
          message: '表中“农林水支出”行合计2,317.90万元，但分项之和为2326.90万元（408.50 + 1918.40），相差9.00万元',
          line: 6,
          column: 7,
          related: ['分项（1）基本支出 408.50万元', '分项（2）项目支出 1,918.40万元', '同一差额：表中合计行“合计”列4,251.50万元，分项之和为4242.50万元'],
        },
      ],
    },
    {
      why: 'a cell inside the table misprinted (基本支出 417.50 for 408.50): its row and its column are off by 9.00, said once at the row',
      code: "三、支出预算情况\n表3　青枫镇2026年一般公共预算支出表\n单位：万元\n科目名称\t合计\t基本支出\t项目支出\n一般公共服务支出\t1,284.60\t1,032.40\t252.20\n农林水支出\t2,326.90\t417.50\t1,918.40\n交通运输支出\t640.00\t0.00\t640.00\n合计\t4,251.50\t1,440.90\t2,810.60\n",
      errors: [{ message: '表中“农林水支出”行合计2,326.90万元，但分项之和为2335.90万元（417.50 + 1918.40），相差9.00万元', line: 6, column: 7 }],
    },
    {
      why: 'two rows misprinted, each by 9.00: two errors, and the 合计 column off by both (18.00) is a third statement',
      code: "三、支出预算情况\n表3　青枫镇2026年一般公共预算支出表\n单位：万元\n科目名称\t合计\t基本支出\t项目支出\n一般公共服务支出\t1,293.60\t1,032.40\t252.20\n农林水支出\t2,335.90\t408.50\t1,918.40\n交通运输支出\t640.00\t0.00\t640.00\n合计\t4,251.50\t1,440.90\t2,810.60\n",
      errors: [
        { message: '表中“一般公共服务支出”行合计1,293.60万元，但分项之和为1284.60万元（1032.40 + 252.20），相差9.00万元', line: 5, column: 10 },
        { message: '表中“农林水支出”行合计2,335.90万元，但分项之和为2326.90万元（408.50 + 1918.40），相差9.00万元', line: 6, column: 7 },
        { message: '表中合计行“合计”列4,251.50万元，但分项之和为4269.50万元（1293.60 + 2335.90 + 640.00），相差18.00万元', line: 8, column: 4 },
      ],
    },
    {
      why: 'a table laid out in spaces with codes: a child misprinted in both its columns (524.00 for 542.00) leaves its parent’s 合计 and 项目支出 stating the same sum, said once (by the 项目支出 column: its parts are the table’s own cells, the 合计 column’s are the child rows’ sums)',
      code: "表2　支出决算表\n单位：万元\n科目编码  科目名称                                合计        基本支出    项目支出\n213       农林水支出                              1,880.50    524.10      1,356.40\n21301     农业农村                                524.10      524.10      0.00\n2130101   行政运行                                524.10      524.10      0.00\n21305     巩固脱贫攻坚成果衔接乡村振兴            1,356.40    0.00        1,356.40\n2130504   农村基础设施建设                        814.40      0.00        814.40\n2130599   其他巩固脱贫攻坚成果衔接乡村振兴支出    524.00      0.00        524.00\n",
      errors: [{ message: '表中21305 巩固脱贫攻坚成果衔接乡村振兴行“项目支出”列1,356.40万元，但分项之和为1338.40万元（814.40 + 524.00），相差18.00万元', line: 7, column: 61 }],
    },
    {
      why: 'a table flattened one cell a line, its heads 合计 | 基本支出 | 项目支出: a row’s 合计 misprinted, said once at the row',
      code: "表2　溪口街道办事处2026年部门支出预算表\n单位：万元\n科目名称\n合计\n基本支出\n项目支出\n城乡社区支出\n3,462.80\n618.40\n2,844.40\n社会保障和就业支出\n402.60\n402.60\n0.00\n卫生健康支出\n153.70\n135.70\n0.00\n合计\n4,001.10\n1,156.70\n2,844.40\n",
      errors: [
        {
          message: '表中“卫生健康支出”行合计153.70万元，但分项之和为135.70万元（135.70 + 0.00），相差18.00万元',
          line: 16,
          column: 1,
          related: ['分项（1）基本支出 135.70万元', '分项（2）项目支出 0.00万元', '同一差额：表中合计行“合计”列4,001.10万元，分项之和为4019.10万元'],
        },
      ],
    },
  ],
});

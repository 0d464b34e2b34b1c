import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 内设办公室、社会救助科、养老服务科、社会事务科、基层政权建设和社区治理科5个科室: when the names end alike (科) and the
// pair the last 和 joins does not end so before it (基层政权建设), the pair is one name.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'five 科 counted 5个科室, the last one named with 和',
      code: '本局内设办公室、规划科、建设管理科、质量安全科、村镇建设和人居环境科5个科室，下属事业单位2家。\n',
    },
    {
      why: 'four 股 counted 4个股室, the last with 与',
      code: '内设综合股、预算股、国库股、政府采购与资产管理股4个股室。\n',
    },
    {
      why: 'three centres, the last with 及',
      code: '下设政务服务中心、公共资源交易中心、大数据及信息化中心3个中心。\n',
    },
  ],
  invalid: [
    {
      why: 'two names joined by 和, each ending as the others do: two items, five in all',
      code: '本局内设办公室、规划科、建设管理科、质量安全科和村镇建设科4个科室。\n',
      errors: [{ message: '所述“4个科室”，但其前列举了5项', line: 1, column: 30 }],
    },
  ],
});

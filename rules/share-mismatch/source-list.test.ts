import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Shares of the items of a 资金来源：list with no total of its own are of the amount stated just before the
// list that the items add up to. Snippets written for these tests.
const PROJECT = '项目年度预算资金900.00万元，实际到位900.00万元，执行846.00万元。\n';
ruleTester(rule, {
  valid: [
    {
      why: 'every share right: 450 / 900 = 50.0%, 270 / 900 = 30.0%, 180 / 900 = 20.0%',
      code: `${PROJECT}资金来源：中央补助450.00万元、省级补助270.00万元、县级配套180.00万元。中央补助占50.0%，省级补助占30.0%，县级配套占20.0%。`,
    },
    {
      why: 'the sources add up to 720, no amount stated before: the base is not known',
      code: `${PROJECT}资金来源：中央补助450.00万元、省级补助270.00万元。中央补助占50.0%，省级补助占32.0%。`,
    },
    {
      why: 'a list not opened as a breakdown of sources (主要用于：): its shares are not read this way',
      code: `${PROJECT}主要支出：设备购置450.00万元、工程建设270.00万元、其他180.00万元。设备购置占50.0%，工程建设占32.0%。`,
    },
  ],
  invalid: [
    {
      why: '270 / 900 = 30.0%, not 32.0%; the amount in the paragraph before the list',
      code: `${PROJECT}资金来源：中央补助450.00万元、省级补助270.00万元、县级配套180.00万元。中央补助占50.0%，省级补助占32.0%，县级配套占20.0%。`,
      errors: [{ message: '省级补助270.00万元占实际到位900.00万元的30.0%，而非所写的32.0%', line: 2, column: 61 }],
    },
    {
      why: 'a 资金构成：list in the amount’s own sentence run',
      code: '2024年该项目总投资2,000.00万元，资金构成：财政资金1,500.00万元、社会资本500.00万元。社会资本占20.0%。',
      errors: [{ message: '社会资本500.00万元占2024年该项目总投资2,000.00万元的25.0%，而非所写的20.0%', line: 1, column: 61 }],
    },
    {
      why: '经费来源为：, the share of the first item',
      code: '2024年培训经费60.00万元。经费来源为：本级财政40.00万元、上级补助20.00万元。本级财政占60.0%。',
      errors: [{ message: '本级财政40.00万元占2024年培训经费60.00万元的66.7%，而非所写的60.0%', line: 1, column: 53 }],
    },
  ],
});

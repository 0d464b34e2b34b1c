import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// After a count and its colon, document titles set side by side with no 、 between them (《A》《B》《C》, or spaced as a
// PDF reader leaves them) are one item each. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'three said, three titles', code: '本年度新制定资金管理制度三项：《专项资金管理办法》《专项资金绩效评价办法》《专项资金监督检查办法》，进一步规范了资金使用。' },
    { why: '等 leaves the titles open', code: '全年出台配套文件三件：《关于加强国有资产管理的通知》《关于规范公物仓运行的意见》等。' },
  ],
  invalid: [
    {
      why: 'three said, four titles',
      code: '本年度新制定资金管理制度三项：《专项资金管理办法》《专项资金绩效评价办法》《专项资金监督检查办法》《专项资金信息公开办法》，进一步规范了资金使用。',
      errors: [{ message: '所述数量为“三项”，但其后列举了4项', line: 1, column: 13 }],
    },
    {
      why: 'two said, three titles with spaces between',
      code: '全年出台配套文件两件：《关于加强国有资产管理的通知》 《关于规范公物仓运行的意见》 《关于做好资产清查的通知》。',
      errors: [{ message: '出台配套文件所述数量为“两件”，但其后列举了3项', line: 1, column: 9 }],
    },
  ],
});

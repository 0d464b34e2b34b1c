import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A total of parts named without their amounts (会议费、培训费两项合计, 因公出国（境）费和公务接待费共计), each amount
// stated earlier in the document. Snippets written for these tests; none is copied from a real disclosure.
const MEETINGS = '（一）会议费。2024年会议费支出3.42万元，比上年减少0.36万元，主要是压减会议数量。\n\n（二）培训费。2024年培训费支出5.18万元，比上年增加0.52万元，主要是新增业务培训。\n\n';
ruleTester(rule, {
  valid: [
    {
      why: '3.42 + 5.18 = 8.60',
      code: `${MEETINGS}（三）小结。会议费、培训费两项合计支出8.60万元，均控制在预算以内。`,
    },
    {
      why: '三项 after two names: the count is not theirs, so what it totals is not said',
      code: `${MEETINGS}（三）小结。会议费、培训费三项合计支出9.60万元。`,
    },
    {
      why: 'a name with no amount stated before (差旅费) leaves the total unchecked',
      code: `${MEETINGS}（三）小结。会议费、差旅费两项合计支出9.60万元。`,
    },
    {
      why: '会议费 stated with two values (预算 and 决算) in one section: which the total counts is not said',
      code: '2024年会议费预算4.00万元，会议费决算3.42万元。2024年培训费支出5.18万元。会议费和培训费合计9.60万元。',
    },
    {
      why: '社会保障和就业支出 is one name: no parts are read from it',
      code: '2024年社会保障支出120.00万元，就业支出40.00万元。社会保障和就业支出合计200.00万元，比上年增长4.1%。',
    },
  ],
  invalid: [
    {
      why: '3.42 + 5.18 = 8.60, stated 两项合计支出9.60',
      code: `${MEETINGS}（三）小结。会议费、培训费两项合计支出9.60万元，均控制在预算以内。`,
      errors: [{ message: '会议费、培训费两项合计9.60万元，但分项之和为8.60万元（3.42 + 5.18），相差1.00万元', line: 5, column: 20 }],
    },
    {
      why: 'joined by 和 with no count: 公务接待费 18.40 + 公务用车运行维护费 26.75 = 45.15, stated 共计46.15',
      code: '本单位2025年公务接待费预算18.40万元，比上年持平。\n\n公务用车运行维护费预算26.75万元，比上年减少2.10万元。\n\n公务接待费和公务用车运行维护费共计46.15万元。',
      errors: [{ message: '公务接待费和公务用车运行维护费合计46.15万元，但分项之和为45.15万元（18.40 + 26.75），相差1.00万元', line: 5, column: 18 }],
    },
    {
      why: 'three names after 、 with 三项: 1,208.30 + 416.50 + 92.40 = 1,717.20, stated 1,727.20',
      code: '全镇2024年农业支出1,208.30万元。林业支出416.50万元。水利支出92.40万元。农业、林业、水利三项支出合计1,727.20万元。',
      errors: [{ message: '农业、林业、水利三项支出合计1,727.20万元，但分项之和为1717.20万元（1208.30 + 416.50 + 92.40），相差10.00万元', line: 1, column: 62 }],
    },
  ],
});

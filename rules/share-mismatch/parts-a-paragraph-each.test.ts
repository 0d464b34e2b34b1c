import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The parts stated a paragraph each ((一)…(二)…(三)…), then one sentence giving each part's share by its name
// (…占“三公”经费的69.3%，公务接待费所占比重为28.2%): each name picks out its amount paragraphs up, in a sentence of the
// share's year; the base named first holds for the shares after it in the sentence.
const doc = (share: string) =>
  `某县2024年度“三公”经费财政拨款决算说明\n\n2024年度“三公”经费财政拨款支出决算386.40万元。\n\n（一）因公出国（境）费18.60万元，比上年增加2.10万元。\n\n（二）公务用车购置及运行维护费261.30万元，比上年减少12.70万元，下降4.6%。\n\n（三）公务接待费106.50万元，比上年减少20.30万元，下降16.0%。\n\n公务用车购置及运行维护费占“三公”经费的67.6%，公务接待费所占比重为${share}，因公出国（境）费占4.8%。`;

ruleTester(rule, {
  valid: [
    { why: '261.30 / 386.40 = 67.6%, 106.50 / 386.40 = 27.6%, 18.60 / 386.40 = 4.8%', code: doc('27.6%') },
    {
      why: 'a part stated for another year than the share’s is not its part',
      code: '某县2025年“三公”经费预算说明\n\n2024年，“三公”经费预算为820万元，其中公务接待费260万元。\n\n2025年，“三公”经费预算安排780万元。\n\n因公出国（境）费预算40万元；公务用车购置及运行维护费预算500万元。\n\n2025年公务用车购置及运行维护费占“三公”经费预算的64.1%，公务接待费占30.8%。',
    },
  ],
  invalid: [
    {
      why: '106.50 / 386.40 = 27.56%, stated 29.6%',
      code: doc('29.6%'),
      errors: [{ message: '公务接待费106.50万元占“三公”经费386.40万元的27.6%，而非所写的29.6%', line: 11, column: 37 }],
    },
  ],
});

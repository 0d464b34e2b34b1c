import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 按功能分类：, 分科目看：, 从支出结构看：, 按经济分类：: a sentence opening with a classifier sets out, class by class, the
// whole the sentence before opened with, when that whole is a book's or a budget's (一般公共预算支出, 本年支出) and the
// classes name its measure. The drafter may list the main classes only: only classes above the whole contradict it.
// Snippets written for these tests; none is copied from a real disclosure.
const OPENING = '2025年全乡一般公共预算支出5,264.30万元，完成调整预算的97.6%，比上年（4,980.10万元）增长5.7%。';
ruleTester(rule, {
  valid: [
    {
      why: '1,206.40 + 2,318.70 + 846.20 + 892.90 = 5,264.20: within the whole (the list may leave a class out)',
      code: `${OPENING}按功能分类：一般公共服务支出1,206.40万元；农林水支出2,318.70万元，所占比重44.0%；社会保障和就业支出846.20万元；城乡社区支出892.90万元。`,
    },
    {
      why: 'a class is no whole of classes: 基本支出 + 项目支出 = 5,264.30 are the book’s, not 农林水支出’s',
      code: `${OPENING}\n\n农林水支出2,318.70万元，主要用于高标准农田建设。按经济分类：基本支出3,012.60万元，项目支出2,251.70万元。`,
    },
    {
      why: 'classes of 收入 are not of a 支出 the sentence before opened with',
      code: '2025年全乡一般公共预算支出5,264.30万元，比上年增长5.7%。从收入结构看：上级补助收入4,862.00万元、本级收入1,021.30万元。',
    },
  ],
  invalid: [
    {
      why: 'the classes add to 5,364.30, above the whole 5,264.30',
      code: `${OPENING}按功能分类：一般公共服务支出1,206.40万元；农林水支出2,418.70万元；社会保障和就业支出846.20万元；卫生健康支出0.10万元；城乡社区支出892.90万元。`,
      errors: [{ message: '全乡一般公共预算支出合计5,264.30万元，但其中所列分项之和已达5364.30万元（1206.40 + 2418.70 + 846.20 + 0.10 + 892.90），超出100.00万元', line: 1, column: 16 }],
    },
    {
      why: 'the same by 科目, hard-wrapped: 38,620 + 26,410 + 9,880 = 74,910 above the 本年支出 74,190',
      code: '某局2026年本年支出预算74,190万元，比上年增加2,160万\n元。分科目看：教育支出38,620万元，科学技术支出26,410万元，\n文化旅游体育与传媒支出9,880万元。',
      errors: [{ message: '某局2026年本年支出预算合计74,190万元，但其中所列分项之和已达74910万元（38620 + 26410 + 9880），超出720万元', line: 1, column: 14 }],
    },
  ],
});

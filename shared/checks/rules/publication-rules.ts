import { anyOf, findingAt, findingOnPart, matchesOf } from '../doc-texts';
import { textRule, type Rule } from '../rule';

const PERSONAL = [
  { pattern: /(?<!\d)1[3-9]\d{9}(?!\d)/, what: '手机号码' },
  { pattern: /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/, what: '固定电话号码' },
  { pattern: /(?<!\d)\d{17}[\dXx](?!\d)/, what: '身份证号码' },
  { pattern: /[\u4e00-\u9fff]{2,3}律师|律师[\u4e00-\u9fff]{2,3}(?=[，。、；\s])/, what: '具体律师的姓名' },
];
const PERSONAL_PATTERNS = PERSONAL.map(({ pattern }) => pattern);

export const publicationRules: readonly Rule[] = [
  textRule('privacy', (text) =>
    !anyOf(PERSONAL_PATTERNS).test(text.text)
      ? []
      : PERSONAL.flatMap(({ pattern, what }) =>
          matchesOf(text.text, pattern).map((match) =>
            findingAt(
              'privacy',
              'warning',
              text,
              match.index,
              match.index + match[0].length,
              `“${match[0]}”可能是${what}。公开版发布前请确认可以公开，或改为不含个人信息的表述。`,
            ),
          ),
        ),
  ),
  {
    id: 'review-incomplete',
    run: (doc) => {
      if (!doc.reviews) return [];
      const missing = ['初审', '复审', '终审', '保密审查'].filter((stage) => !doc.reviews!.includes(stage));
      return missing.length
        ? [
            findingOnPart(
              'review-incomplete',
              'info',
              'closing',
              `还没有记录${missing.join('、')}。定稿导出前请完成并记录各审核环节。`,
            ),
          ]
        : [];
    },
  },
];

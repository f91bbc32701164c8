import type { PartKey } from '../../shared/outline/part-key';
import { partJson } from './part-json';

// Our own sentences, rotated to fill a report of any length; numbers vary so no two lines repeat.
const SENTENCES = [
  '全年组织干部集中学习法律法规{n}次，覆盖机关全体人员和直属学校负责人。',
  '对{n}件规范性文件开展合法性审查，提出修改意见并全部落实到位。',
  '围绕校外培训机构开展联合检查{n}次，督促整改发现的问题。',
  '持证执法人员参加年度培训和考试，通过率达到百分之{n}。',
  '法律顾问列席重大事项讨论{n}次，出具书面法律意见。',
  '在中小学开展宪法宣传活动{n}场，参与学生逾千人次。',
  '办理信访事项和热线工单{n}件，按时办结率保持较高水平。',
];
const HEADINGS = ['加强组织领导', '完善制度建设', '规范执法行为', '强化权力监督', '深化普法教育', '化解矛盾纠纷'];

function paragraph(index: number): string {
  return SENTENCES[index % SENTENCES.length]!.replace('{n}', String(3 + ((index * 7) % 90)));
}

/** One part's editor JSON of about `chars` characters: headings every few paragraphs. */
export function generatedPartJson(chars: number): string {
  const pieces: Parameters<typeof partJson> = [];
  let length = 0;
  for (let index = 0; length < chars; index++) {
    if (index % 4 === 0) {
      const text = HEADINGS[(index / 4) % HEADINGS.length]!;
      pieces.push({ heading: 2, text });
      length += text.length + 3;
    } else {
      const text = paragraph(index) + paragraph(index + 3);
      pieces.push(text);
      length += text.length;
    }
  }
  return partJson(...pieces);
}

/** A whole report of about `totalChars`, shared among the parts roughly as real reports share it. */
export function generatedReport(totalChars: number): Record<Exclude<PartKey, 'other'>, string> {
  const share = (fraction: number) => generatedPartJson(Math.round(totalChars * fraction));
  return {
    preface: share(0.03),
    measures: share(0.62),
    shortcomings: share(0.1),
    leadership: share(0.1),
    plans: share(0.15),
  };
}

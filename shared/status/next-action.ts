import { z } from 'zod';
import { PartKey } from '../outline/part-key';
import { PART_LABELS } from '../outline/part-labels';
import type { ReportStatus } from './report-status';
import { latestReviews, REVIEW_STAGE_LABELS, type Review, type ReviewStage } from './review';
import { StatusMoveKey } from './status-moves';

/** Which panel of the report screen the action opens; 'export' is the export dialog. */
export const ActionPanel = z.enum(['guidance', 'checks', 'status', 'export']);
export type ActionPanel = z.infer<typeof ActionPanel>;

export const NextAction = z.object({
  /** Short, on the button: 补写不足和原因, 送审, 导出报送版. */
  text: z.string(),
  /** One sentence on why. */
  detail: z.string(),
  panel: ActionPanel.nullable(),
  part: PartKey.nullable(),
  move: StatusMoveKey.nullable(),
});
export type NextAction = z.infer<typeof NextAction>;

export interface PartProgress {
  key: PartKey;
  chars: number;
  targetChars: number;
  required: boolean;
}

export interface NextActionInput {
  status: ReportStatus;
  parts: readonly PartProgress[];
  /** Errors neither fixed nor confirmed in 提交前检查. */
  openErrors: number;
  /** Reviews of the current round: recorded since the report was last sent for review. */
  reviews: readonly Review[];
  /** An export was made since the report reached its present status. */
  exportedSinceStatus: boolean;
}

const action = (text: string, detail: string, rest: Partial<Omit<NextAction, 'text' | 'detail'>> = {}): NextAction => ({
  text,
  detail,
  panel: null,
  part: null,
  move: null,
  ...rest,
});

function writingAction({ parts, openErrors }: NextActionInput): NextAction | undefined {
  const short = parts.filter((part) => part.required && part.chars < part.targetChars);
  // An empty part is a bigger gap than a thin one, whatever the order of the outline.
  const gap = short.find((part) => part.chars === 0) ?? short[0];
  if (gap) {
    const detail =
      gap.chars === 0
        ? '这一必写部分还是空的。'
        : `这一部分现有 ${gap.chars} 字，同类报告一般不少于 ${gap.targetChars} 字。`;
    return action(`补写${PART_LABELS[gap.key]}`, detail, { panel: 'guidance', part: gap.key });
  }
  if (openErrors > 0)
    return action(`修改 ${openErrors} 个错误`, '检查发现的错误须修改，或在“提交前检查”中写明理由确认无误。', {
      panel: 'checks',
    });
  return undefined;
}

function reviewAction(reviews: readonly Review[]): NextAction {
  const latest = latestReviews(reviews);
  const signOffs: ReviewStage[] = ['first', 'second', 'final'];
  const returned = signOffs.find((stage) => latest[stage]?.result === 'returned');
  if (returned) {
    const comment = latest[returned]!.comment;
    return action('退回修改', `${REVIEW_STAGE_LABELS[returned]}退回${comment ? `：${comment}` : '。'}`, {
      panel: 'status',
      move: 'return',
    });
  }
  if (latest.final?.result === 'passed')
    return action('定稿', '终审已通过，定稿后正文锁定，可以导出报送版。', { panel: 'status', move: 'finalize' });
  const missing = signOffs.find((stage) => latest[stage]?.result !== 'passed')!;
  return action(
    `记录${REVIEW_STAGE_LABELS[missing]}`,
    `送审签中：请在“审签记录”中记录${REVIEW_STAGE_LABELS[missing]}的审核人、日期和结果。`,
    { panel: 'status' },
  );
}

/** What the clerk should do next with this report, and where the app takes them to do it. */
export function nextAction(input: NextActionInput): NextAction {
  const { status, reviews, exportedSinceStatus } = input;
  switch (status) {
    case 'draft':
      return (
        writingAction(input) ??
        action('形成讨论稿', '各部分已写完、没有未处理的错误，可以形成讨论稿征求意见。', {
          panel: 'status',
          move: 'circulate',
        })
      );
    case 'discussion':
      return (
        writingAction(input) ?? action('送审', '讨论稿已修改完毕，可以送领导审签。', { panel: 'status', move: 'send' })
      );
    case 'review':
      return reviewAction(reviews);
    case 'final':
      return exportedSinceStatus
        ? action('标记为已报送', '报送版已导出。报送本级党委政府和上级部门后，在这里标记。', {
            panel: 'status',
            move: 'submit',
          })
        : action('导出报送版', '报告已定稿，导出报送版 DOCX 报送本级党委政府和上一级主管部门。', { panel: 'export' });
    case 'submitted': {
      const confidentiality = latestReviews(reviews).confidentiality;
      if (!confidentiality)
        return action('保密审查', '公开前须经保密审查：请核对可能的个人信息后记录审查结果。', { panel: 'status' });
      if (confidentiality.result === 'returned')
        return action(
          '按保密审查意见修改',
          `保密审查退回${confidentiality.comment ? `：${confidentiality.comment}` : '。'}需改正文时先撤销报送标记，再“重新打开”。`,
          { panel: 'status' },
        );
      return exportedSinceStatus
        ? action('标记为已公开', '公开版已导出。在政府网站等公开后，在这里标记。', { panel: 'status', move: 'publish' })
        : action('导出公开版', '保密审查已通过，导出公开版在政府网站公开。', { panel: 'export' });
    }
    case 'published':
      return action('本年度报告已完成', '报告已报送并公开。', {});
  }
}

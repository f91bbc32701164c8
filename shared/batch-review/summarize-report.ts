import { CHECK_DATA_2025 } from '../checks/check-data-2025';
import type { CheckData } from '../checks/check-data';
import type { CheckDocument } from '../checks/check-document';
import { docTexts, partChars } from '../checks/doc-texts';
import type { CheckResult } from '../checks/run-checks';
import { organizationOf } from '../import/organization-of';
import { countChars } from '../report/count-chars';
import { DEADLINE_DEFAULTS } from '../status/deadline-defaults';
import { parseIssueDate } from '../report/parse-issue-date';
import { BATCH_PARTS, type BatchPart, type BatchPartKey, type BatchReport } from './batch-review-entry';

const REQUIRED: readonly BatchPartKey[] = ['measures', 'shortcomings', 'leadership', 'plans'];

/**
 * A part with no section of its own may still be written under another heading ("三、存在的问题及
 * 下一步打算"): the same hints the part-missing check uses to say where it went.
 */
function presence(doc: CheckDocument, key: BatchPartKey, data: CheckData): BatchPart {
  const chars = partChars(doc, key);
  if (chars > 0) return { presence: 'own', chars };
  const hint = data.partHints[key];
  const inside = hint
    ? docTexts(doc).filter((text) => text.part !== key && text.place !== 'title' && hint.test(text.text.slice(0, 40)))
    : [];
  if (!inside.length) return { presence: 'absent', chars: 0 };
  return { presence: 'inside', chars: inside.reduce((sum, text) => sum + countChars(text.text), 0) };
}

/**
 * One department's row of the 汇审 table, from its report and the findings of the checks: every
 * judgement here is a check's (no causes, vague leadership, wrong plans year), so the table and
 * the 检查 panel never disagree.
 */
export function summarizeReport(
  doc: CheckDocument,
  result: CheckResult,
  data: CheckData = CHECK_DATA_2025,
): BatchReport {
  const parts = Object.fromEntries(BATCH_PARTS.map((key) => [key, presence(doc, key, data)])) as BatchReport['parts'];
  const fired = new Set(result.findings.map((finding) => finding.id));
  const own = (key: BatchPartKey) => parts[key].presence === 'own';
  const iso = doc.date ? parseIssueDate(doc.date) : null;
  const deadline = doc.year ? `${doc.year + 1}-${DEADLINE_DEFAULTS.submitBy}` : null;
  const causes = own('shortcomings') ? (fired.has('shortcomings-no-causes') ? 'without' : 'with') : 'absent';
  return {
    organization: organizationOf(doc.title, doc.signature),
    year: doc.year,
    parts,
    causes,
    leadershipConcrete: own('leadership') ? !fired.has('leadership-vague') : null,
    plansYear: own('plans') ? (fired.has('plans-wrong-year') ? 'wrong' : 'right') : 'absent',
    counts: result.counts,
    findings: result.findings.map(({ id, severity, part, message, excerpt, location }) => ({
      id,
      severity,
      part,
      message,
      excerpt,
      location,
    })),
    date: { text: doc.date, iso, onTime: iso && deadline ? iso <= deadline : null },
    complete: REQUIRED.every(own) && causes === 'with' && result.counts.error === 0,
  };
}

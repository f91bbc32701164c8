import type { LexicalEditor } from 'lexical';
import type { Finding, FindingPlace, Severity } from '../../../shared/checks/finding';
import { compareFindingPlaces } from '../../../shared/checks/finding-place-order';
import type { CheckResult } from '../../../shared/checks/run-checks';
import type { PartKey } from '../../../shared/outline/part-key';
import { useStore, type Store } from '../../app/create-store';
import { applyFixes, fixableInEditors, showFinding } from './finding-in-editor';

const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const PLACE_LABELS: Partial<Record<FindingPlace, string>> = {
  title: '标题',
  addressee: '主送机关',
  closing: '落款和日期',
  preface: '开头段落',
  outside: '正文以外',
  unassigned: '未归类',
};

interface Props {
  results: Store<CheckResult | undefined>;
  editors: ReadonlyMap<PartKey, LexicalEditor>;
  /** The part headings by key, for grouping. */
  partNames: Partial<Record<PartKey, string>>;
}

/** Every finding, by part and severity; click to go there, fix the mechanical ones in one click. */
export function ChecksPanel({ results, editors, partNames }: Props) {
  const result = useStore(results);
  if (!result) return <p className="panel-hint">正在检查…</p>;
  const { findings, counts } = result;
  const places = [...new Set(findings.map((finding) => finding.part))].sort(compareFindingPlaces);
  const nameOf = (place: FindingPlace) => partNames[place as PartKey] ?? PLACE_LABELS[place] ?? place;
  const fixAllOf = (id: string) =>
    findings.filter((finding) => finding.id === id && fixableInEditors(editors, finding.fix));

  return (
    <div className="checks" aria-label="检查结果">
      <h3>检查结果</h3>
      <p className="check-counts">
        <span className="count error">错误 {counts.error}</span>
        <span className="count warning">警告 {counts.warning}</span>
        <span className="count info">提示 {counts.info}</span>
      </p>
      {findings.length === 0 && <p className="panel-hint">没有发现问题。</p>}
      {places.map((place) => (
        <section key={place} className="check-group" data-place={place}>
          <h4>{nameOf(place)}</h4>
          <ul>
            {findings
              .filter((finding) => finding.part === place)
              .map((finding, index) => (
                <FindingItem
                  key={`${finding.id}-${finding.location.paragraph}-${finding.location.start}-${index}`}
                  finding={finding}
                  editors={editors}
                  sameKind={fixAllOf(finding.id)}
                />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function FindingItem({
  finding,
  editors,
  sameKind,
}: {
  finding: Finding;
  editors: ReadonlyMap<PartKey, LexicalEditor>;
  sameKind: Finding[];
}) {
  const fixable = fixableInEditors(editors, finding.fix);
  return (
    <li className={`finding ${finding.severity}`} data-id={finding.id}>
      <button type="button" className="link finding-message" onClick={() => showFinding(editors, finding)}>
        <span className="severity">{SEVERITY_LABELS[finding.severity]}</span>
        {finding.message}
      </button>
      {finding.excerpt && <div className="finding-excerpt">{finding.excerpt}</div>}
      {fixable && (
        <div className="finding-actions">
          <button type="button" onClick={() => applyFixes(editors, [finding.fix!])}>
            {finding.fix!.label}
          </button>
          {sameKind.length > 1 && (
            <button
              type="button"
              onClick={() =>
                applyFixes(
                  editors,
                  sameKind.map((other) => other.fix!),
                )
              }
            >
              全部修正此类（{sameKind.length} 处）
            </button>
          )}
        </div>
      )}
    </li>
  );
}

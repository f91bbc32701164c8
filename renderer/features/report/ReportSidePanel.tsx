import type { LexicalEditor } from 'lexical';
import { useState } from 'react';
import type { CheckResult } from '../../../shared/checks/run-checks';
import type { Outline, OutlinePart } from '../../../shared/outline/outline';
import type { PartKey } from '../../../shared/outline/part-key';
import type { Report } from '../../../shared/report/report';
import type { Store } from '../../app/create-store';
import { CheckCountBadge } from '../checks/CheckCountBadge';
import { ChecksPanel } from '../checks/ChecksPanel';
import { GuidancePanel } from '../guidance/GuidancePanel';
import { HistoryPanel } from '../history/HistoryPanel';
import { IndicatorsPanel } from '../indicators/IndicatorsPanel';
import { StatusPanel } from '../status/StatusPanel';
import type { Outlines } from './OutlineSidebar';

export type Panel = 'checks' | 'guidance' | 'indicators' | 'history' | 'status';
/** The panels beside the document, in tab order; a panel is one line here and one below. */
export const PANELS: readonly [Panel, string][] = [
  ['checks', '检查'],
  ['guidance', '写作要点'],
  ['indicators', '数据指标'],
  ['history', '历史版本'],
  ['status', '审签报送'],
];

interface Props {
  report: Report;
  outline: Outline;
  initialPanel: Panel;
  checks: Store<CheckResult | undefined>;
  editors: ReadonlyMap<PartKey, LexicalEditor>;
  outlines: Store<Outlines>;
  activePart: OutlinePart | undefined;
  partNames: Record<string, string>;
  /** Bumped after a restore, so the history lists again. */
  generation: number;
  contextChanged: () => void;
  restore: (revisionId: number) => Promise<void>;
  flushAll: () => Promise<void>;
  reload: () => Promise<void>;
  onExport: () => void;
}

/** The tabs on the right: checks, guidance, figures, history, and the path to submission. */
export function ReportSidePanel(props: Props) {
  const { report, outline, checks, editors, contextChanged } = props;
  const [panel, setPanel] = useState<Panel>(props.initialPanel);
  return (
    <aside className="side-panel">
      <div role="tablist" aria-label="辅助面板">
        {PANELS.map(([key, label]) => (
          <button key={key} type="button" role="tab" aria-selected={panel === key} onClick={() => setPanel(key)}>
            {label}
            {key === 'checks' && <CheckCountBadge checks={checks} />}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {panel === 'checks' && <ChecksPanel results={checks} editors={editors} partNames={props.partNames} />}
        {panel === 'guidance' && (
          <GuidancePanel
            reportId={report.id}
            outline={outline}
            part={props.activePart}
            onSaved={contextChanged}
            year={report.year}
            editors={editors}
            outlines={props.outlines}
          />
        )}
        {panel === 'indicators' && <IndicatorsPanel reportId={report.id} outline={outline} onSaved={contextChanged} />}
        {panel === 'history' && <HistoryPanel key={props.generation} reportId={report.id} restore={props.restore} />}
        {panel === 'status' && (
          <StatusPanel
            report={report}
            checks={checks}
            beforeMove={props.flushAll}
            onMoved={props.reload}
            onExport={props.onExport}
          />
        )}
      </div>
    </aside>
  );
}

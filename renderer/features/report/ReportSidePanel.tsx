import type { LexicalEditor } from 'lexical';
import { useState, type ReactNode } from 'react';
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
import type { LiveParts } from '../../editor/plugins/LivePartPlugin';

interface Props {
  report: Report;
  outline: Outline;
  initialPanel: Panel;
  checks: Store<CheckResult | undefined>;
  editors: ReadonlyMap<PartKey, LexicalEditor>;
  liveParts: Store<LiveParts>;
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

interface PanelEntry {
  key: string;
  label: string;
  /** Shown after the label on the tab, e.g. the number of open findings. */
  badge?: (props: Props) => ReactNode;
  render: (props: Props) => ReactNode;
}

/** The panels beside the document, in tab order: a new panel is one entry here, nothing else. */
export const PANELS = [
  {
    key: 'checks',
    label: '检查',
    badge: ({ checks }) => <CheckCountBadge checks={checks} />,
    render: ({ checks, editors, partNames }) => (
      <ChecksPanel results={checks} editors={editors} partNames={partNames} />
    ),
  },
  {
    key: 'guidance',
    label: '写作要点',
    render: (props) => (
      <GuidancePanel
        reportId={props.report.id}
        outline={props.outline}
        part={props.activePart}
        onSaved={props.contextChanged}
        year={props.report.year}
        editors={props.editors}
        liveParts={props.liveParts}
      />
    ),
  },
  {
    key: 'indicators',
    label: '数据指标',
    render: ({ report, outline, contextChanged }) => (
      <IndicatorsPanel reportId={report.id} outline={outline} onSaved={contextChanged} />
    ),
  },
  {
    key: 'history',
    label: '历史版本',
    render: ({ report, generation, restore }) => (
      <HistoryPanel key={generation} reportId={report.id} restore={restore} />
    ),
  },
  {
    key: 'status',
    label: '审签报送',
    render: (props) => (
      <StatusPanel
        report={props.report}
        checks={props.checks}
        beforeMove={props.flushAll}
        onMoved={props.reload}
        onExport={props.onExport}
      />
    ),
  },
] as const satisfies readonly PanelEntry[];

export type Panel = (typeof PANELS)[number]['key'];

/** The tabs on the right: checks, guidance, figures, history, and the path to submission. */
export function ReportSidePanel(props: Props) {
  const [panel, setPanel] = useState<Panel>(props.initialPanel);
  const shown: PanelEntry = PANELS.find((entry) => entry.key === panel)!;
  return (
    <aside className="side-panel">
      <div role="tablist" aria-label="辅助面板">
        {PANELS.map((entry: PanelEntry) => (
          <button
            key={entry.key}
            type="button"
            role="tab"
            aria-selected={panel === entry.key}
            onClick={() => setPanel(entry.key as Panel)}
          >
            {entry.label}
            {entry.badge?.(props)}
          </button>
        ))}
      </div>
      <div role="tabpanel">{shown.render(props)}</div>
    </aside>
  );
}

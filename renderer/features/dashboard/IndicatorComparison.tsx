import { CURRENT_OUTLINE } from '../../../shared/outline/outlines';
import type { ReportOverview } from '../../../shared/status/report-overview';
import type { IndicatorValue } from '../../../shared/report/report-snapshot';

const shown = (value: IndicatorValue | undefined, unit: string) =>
  !value ? '—' : value.notApplicable ? '不适用' : value.value === null ? '—' : `${value.value}${unit}`;

/** This year's figures beside last year's, for the indicators either year filled in. */
export function IndicatorComparison({ year, indicators }: { year: number; indicators: ReportOverview['indicators'] }) {
  const { values, previous } = indicators;
  if (!previous) return null;
  const rows = CURRENT_OUTLINE.indicators.filter((definition) =>
    [...values, ...previous.values].some((value) => value.key === definition.key),
  );
  if (rows.length === 0) return null;
  return (
    <table className="indicator-comparison" aria-label="数据指标同比">
      <thead>
        <tr>
          <th>数据指标</th>
          <th>{year}年度</th>
          <th>{previous.year}年度</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((definition) => (
          <tr key={definition.key}>
            <th scope="row">{definition.label}</th>
            <td>
              {shown(
                values.find((value) => value.key === definition.key),
                definition.unit,
              )}
            </td>
            <td>
              {shown(
                previous.values.find((value) => value.key === definition.key),
                definition.unit,
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

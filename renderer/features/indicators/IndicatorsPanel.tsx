import { useState } from 'react';
import { parseFigure } from '../../../shared/outline/check-indicator-value';
import type { IndicatorDefinition, Outline } from '../../../shared/outline/outline';
import type { IndicatorValue } from '../../../shared/report/report-snapshot';
import { call } from '../../api';
import { useAction } from '../../app/use-action';
import { useQuery } from '../../app/use-query';

function IndicatorRow({
  definition,
  value,
  previous,
  save,
}: {
  definition: IndicatorDefinition;
  value: IndicatorValue | undefined;
  previous: IndicatorValue | undefined;
  save: (value: IndicatorValue) => Promise<void>;
}) {
  const [text, setText] = useState(value?.value === null || value?.value === undefined ? '' : String(value.value));
  // Each figure says its own failure beside it.
  const saving = useAction();
  const notApplicable = value?.notApplicable ?? false;
  const current = value?.value ?? null;

  async function commit(next: { text?: string; notApplicable?: boolean }) {
    const figure = parseFigure(next.text ?? text, definition);
    if (typeof figure === 'string') return saving.setError(figure);
    await saving.run(() =>
      save({
        key: definition.key,
        value: next.notApplicable ? null : figure,
        notApplicable: next.notApplicable ?? notApplicable,
      }),
    );
  }

  const change =
    previous?.value !== null && previous?.value !== undefined && current !== null
      ? current - previous.value
      : undefined;
  return (
    <tr data-indicator={definition.key}>
      <th scope="row">{definition.label}</th>
      <td>
        <input
          aria-label={`${definition.label}（${definition.unit}）`}
          inputMode="decimal"
          value={notApplicable ? '' : text}
          disabled={notApplicable}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => void commit({})}
        />
        <span className="unit">{definition.unit}</span>
        {saving.error && <div className="field-error">{saving.error}</div>}
      </td>
      <td>
        <label className="not-applicable">
          <input
            type="checkbox"
            checked={notApplicable}
            onChange={(event) => void commit({ notApplicable: event.target.checked })}
          />
          不适用
        </label>
      </td>
      <td className="previous">
        {previous
          ? previous.notApplicable
            ? '不适用'
            : previous.value === null
              ? '—'
              : `${previous.value}${definition.unit}`
          : ''}
        {change !== undefined && change !== 0 && (
          <span className={change > 0 ? 'up' : 'down'}>{change > 0 ? `+${change}` : change}</span>
        )}
      </td>
    </tr>
  );
}

/** The year's figures, entered once, with last year's beside them when last year's report exists. */
export function IndicatorsPanel({
  reportId,
  outline,
  onSaved,
}: {
  reportId: string;
  outline: Outline;
  onSaved: () => void;
}) {
  const indicators = useQuery(() => call('indicators:get', { reportId }), [reportId]);
  const previousYear = indicators.data?.previous?.year;

  async function save(value: IndicatorValue): Promise<void> {
    await call('indicators:save', { reportId, indicator: value });
    await indicators.reload();
    onSaved();
  }

  if (indicators.error) return <p className="form-error">{indicators.error}</p>;
  if (!indicators.data) return null;
  return (
    <div className="indicators" aria-label="数据指标">
      <h3>数据指标</h3>
      <p className="panel-hint">
        填一次，正文里引用的数字应与这里一致。
        {previousYear ? `右列是 ${previousYear} 年度报告的数值。` : '没有同一单位上一年度的报告，所以没有同比。'}
      </p>
      <table>
        <thead>
          <tr>
            <th>指标</th>
            <th>本年度</th>
            <th />
            <th>{previousYear ? `${previousYear}年度` : ''}</th>
          </tr>
        </thead>
        <tbody>
          {outline.indicators.map((definition) => (
            <IndicatorRow
              key={definition.key}
              definition={definition}
              value={indicators.data!.values.find((value) => value.key === definition.key)}
              previous={indicators.data!.previous?.values.find((value) => value.key === definition.key)}
              save={save}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

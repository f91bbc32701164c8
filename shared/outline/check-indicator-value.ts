import type { IndicatorValue } from '../report/report-snapshot';
import type { IndicatorDefinition } from './outline';

/** What is wrong with a figure for this indicator, in words the clerk can act on; undefined when it is fine. */
export function figureProblem(value: number, definition: IndicatorDefinition): string | undefined {
  if (!Number.isFinite(value) || value < 0) return `“${definition.label}”应填不小于 0 的数字`;
  if (definition.kind === 'count' && !Number.isInteger(value)) return `“${definition.label}”应填整数`;
  if (definition.kind === 'percent' && value > 100) return `“${definition.label}”是百分比，不能超过 100`;
  return undefined;
}

/**
 * The figure typed into the form: null when left empty, the number when it is acceptable, otherwise what is wrong.
 * The form shows the message at once; the service checks the same rule again through checkIndicatorValue.
 */
export function parseFigure(text: string, definition: IndicatorDefinition): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return figureProblem(value, definition) ?? value;
}

/**
 * What is wrong with a stored figure against the report's outline: an unknown key, or a value its kind does not
 * allow. Every writer (the form, the CLI, the preview, a report package) goes through this in the service.
 */
export function checkIndicatorValue(
  indicator: IndicatorValue,
  definitions: readonly IndicatorDefinition[],
): string | undefined {
  const definition = definitions.find((candidate) => candidate.key === indicator.key);
  if (!definition) return `没有名为“${indicator.key}”的数据指标，请在“数据指标”里选择已有的指标填写`;
  if (indicator.value === null) return undefined;
  return figureProblem(indicator.value, definition);
}

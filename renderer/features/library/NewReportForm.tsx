import { useState, type FormEvent } from 'react';
import { NewReport, type ReportSummary } from '../../../shared/report/report';
import { defaultReportYear } from '../../../shared/report/default-report-year';
import { SUGGESTED_ADDRESSEES, suggestedReportTitle } from '../../../shared/report/new-report-defaults';
import { call } from '../../api';
import { useAction } from '../../app/use-action';
import { FormError } from '../../app/FormError';

type Field = 'organizationName' | 'year' | 'addressee' | 'title';

interface Props {
  organizations: readonly string[];
  /** The reports there are, so a report for last year can be offered as the starting point. */
  reports: readonly ReportSummary[];
  onCreated: (id: string) => void;
  onCancel: () => void;
}

export function NewReportForm({ organizations, reports, onCreated, onCancel }: Props) {
  const [organizationName, setOrganizationName] = useState(organizations.length === 1 ? organizations[0]! : '');
  const [year, setYear] = useState(String(defaultReportYear(new Date())));
  const [addressee, setAddressee] = useState<string>(SUGGESTED_ADDRESSEES[0]);
  // The title follows 单位 and 年度 until the clerk writes one of their own.
  const [customTitle, setCustomTitle] = useState<string>();
  const title = customTitle ?? (organizationName.trim() ? suggestedReportTitle(organizationName, Number(year)) : '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const create = useAction();
  // 基于上一年度报告: offered when this organization has a report for the year before.
  const previous = reports.find(
    (report) => report.organizationName === organizationName.trim() && report.year === Number(year) - 1,
  );
  const [basedOnPrevious, setBasedOnPrevious] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = NewReport.safeParse({
      organizationName,
      year: year === '' ? undefined : Number(year),
      addressee,
      title,
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message])));
      return;
    }
    setErrors({});
    await create.run(async () => {
      const created =
        previous && basedOnPrevious
          ? await call('reports:create-from-previous', { id: previous.id })
          : await call('reports:create', parsed.data);
      onCreated(created.id);
    });
  }

  return (
    <form className="new-report" onSubmit={submit} noValidate aria-label="新建报告">
      <h2>新建报告</h2>
      <label>
        单位名称
        <InputWithSuggestions
          name="organizationName"
          value={organizationName}
          placeholder="如：某某县教育局"
          onChange={setOrganizationName}
          suggestions={organizations}
          autoFocus
        />
        {errors.organizationName && <span className="field-error">{errors.organizationName}</span>}
      </label>
      <label>
        报告年度
        <input
          name="year"
          type="number"
          min={2000}
          max={2100}
          value={year}
          onChange={(event) => setYear(event.target.value)}
        />
        {errors.year && <span className="field-error">{errors.year}</span>}
      </label>
      <label>
        主送机关
        <InputWithSuggestions
          name="addressee"
          value={addressee}
          onChange={setAddressee}
          suggestions={SUGGESTED_ADDRESSEES}
        />
        {errors.addressee && <span className="field-error">{errors.addressee}</span>}
      </label>
      <label className="wide">
        报告标题
        <input name="title" value={title} onChange={(event) => setCustomTitle(event.target.value)} />
        {errors.title && <span className="field-error">{errors.title}</span>}
      </label>
      {customTitle !== undefined && (
        <button type="button" className="link" onClick={() => setCustomTitle(undefined)}>
          按单位和年度重新生成标题
        </button>
      )}
      {previous && (
        <label className="wide based-on-previous">
          <input
            type="checkbox"
            checked={basedOnPrevious}
            onChange={(event) => setBasedOnPrevious(event.target.checked)}
          />
          基于{previous.year}
          年度报告新建：沿用其正文和结构，逐段标记“沿用待更新”，标题、主送机关和署名沿用（年份自动改为{year}年）
        </label>
      )}
      <FormError message={create.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={create.busy}>
          {create.busy ? '正在创建…' : '创建报告'}
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

/** A text field that offers earlier or usual values as the clerk types, and accepts any other. */
function InputWithSuggestions({
  name,
  suggestions,
  onChange,
  ...input
}: {
  name: string;
  value: string;
  suggestions: readonly string[];
  onChange: (value: string) => void;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const listId = `${name}-suggestions`;
  return (
    <>
      <input name={name} list={listId} onChange={(event) => onChange(event.target.value)} {...input} />
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
    </>
  );
}

import { useState } from 'react';
import { ReportHeader, type Report } from '../../../shared/report/report';
import { call, errorMessage } from '../../api';
import { DateInput } from '../../app/DateInput';
import { issueMessages } from '../../../shared/ipc/issue-messages';

type Field = keyof ReportHeader;

/** Title, addressee, signature and date, saved when a field is left after a change. */
export function ReportHeaderForm({ report, onSaved }: { report: Report; onSaved: () => Promise<void> }) {
  const [values, setValues] = useState({
    title: report.title,
    addressee: report.addressee,
    signature: report.signature,
    issuedOn: report.issuedOn ?? '',
  });
  const [saved, setSaved] = useState(values);
  const [error, setError] = useState<string>();

  async function save() {
    if (JSON.stringify(values) === JSON.stringify(saved)) return;
    const parsed = ReportHeader.safeParse({ ...values, issuedOn: values.issuedOn || null });
    if (!parsed.success) return setError(issueMessages(parsed.error));
    try {
      await call('reports:update-header', { id: report.id, ...parsed.data });
      setSaved(values);
      setError(undefined);
      await onSaved();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  const field = (name: Exclude<Field, 'issuedOn'>, label: string, extra: { placeholder?: string } = {}) => (
    <label className={name === 'title' ? 'wide' : undefined}>
      {label}
      <input
        name={name}
        value={values[name] ?? ''}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        onBlur={() => void save()}
        {...extra}
      />
    </label>
  );

  return (
    <form
      className="report-header-form"
      aria-label="报告信息"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {field('title', '报告标题')}
      {field('addressee', '主送机关', { placeholder: '如：县委、县政府' })}
      {field('signature', '发文机关署名', { placeholder: '单位全称' })}
      <label>
        成文日期
        <DateInput
          name="issuedOn"
          example={`${report.year + 1}-01-07`}
          value={values.issuedOn || null}
          onChange={(date) => setValues({ ...values, issuedOn: date ?? '' })}
          onBlur={() => void save()}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

import { DateInput } from '../../app/DateInput';
import { useStore } from '../../app/create-store';
import type { HeaderValues, ReportHeaderStore } from './report-header-store';
import { FormError } from '../../app/FormError';

type Field = keyof HeaderValues;

/** Title, addressee, signature and date, saved when a field is left after a change. */
export function ReportHeaderForm({ header, year }: { header: ReportHeaderStore; year: number }) {
  const values = useStore(header.values);
  const error = useStore(header.error);

  const field = (name: Exclude<Field, 'issuedOn'>, label: string, extra: { placeholder?: string } = {}) => (
    <label className={name === 'title' ? 'wide' : undefined}>
      {label}
      <input
        name={name}
        value={values[name]}
        onChange={(event) => header.values.set((current) => ({ ...current, [name]: event.target.value }))}
        onBlur={() => void header.save()}
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
        void header.save();
      }}
    >
      {field('title', '报告标题')}
      {field('addressee', '主送机关', { placeholder: '如：县委、县政府' })}
      {field('signature', '发文机关署名', { placeholder: '单位全称' })}
      <label>
        成文日期
        <DateInput
          name="issuedOn"
          example={`${year + 1}-01-07`}
          value={values.issuedOn || null}
          onChange={(date) => header.values.set((current) => ({ ...current, issuedOn: date ?? '' }))}
          onBlur={() => void header.save()}
        />
      </label>
      <FormError message={error} />
    </form>
  );
}

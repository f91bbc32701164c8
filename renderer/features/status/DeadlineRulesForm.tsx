import { useState } from 'react';
import { DeadlineRules } from '../../../shared/status/deadline-rules';
import type { DeadlineSettings } from '../../../shared/status/deadline-settings';
import { monthDayText } from '../../../shared/status/deadline-text';
import { call } from '../../api';
import { FormError } from '../../app/FormError';
import { useAction } from '../../app/use-action';
import { issueMessages } from '../../../shared/ipc/issue-messages';

const DATE_FIELDS = [
  { key: 'submitBy', label: '报送截止', placeholder: '03-01' },
  { key: 'publishBy', label: '公开截止', placeholder: '04-01' },
] as const;

/** The organization's own 报送 / 公开 dates, where local rules set earlier ones than 3月1日 and 4月1日. */
export function DeadlineRulesForm({
  reportId,
  settings,
  onSaved,
}: {
  reportId: string;
  settings: DeadlineSettings;
  onSaved: () => Promise<void>;
}) {
  const [values, setValues] = useState(settings.rules);
  const { error, setError, run } = useAction();

  async function save(rules: DeadlineRules | null) {
    const parsed = rules && DeadlineRules.safeParse(rules);
    if (parsed && !parsed.success) return setError(issueMessages(parsed.error));
    await run(async () => {
      const saved = await call('deadlines:set-rules', { reportId, rules: parsed ? parsed.data : null });
      setValues(saved.rules);
      await onSaved();
    });
  }

  const next = (day: string) => `次年 ${monthDayText(`2000-${day}`)}`;
  return (
    <form
      className="deadline-rules"
      aria-label="截止日期"
      onSubmit={(event) => {
        event.preventDefault();
        void save(values);
      }}
    >
      <p className="panel-hint">
        {settings.custom
          ? '本单位使用自定的截止日期。'
          : `全国规定：报送${next(settings.defaults.submitBy)}前，公开${next(settings.defaults.publishBy)}前。`}
        当地要求不同时可以修改（月-日，对本单位所有报告生效）。
      </p>
      {DATE_FIELDS.map(({ key, label, placeholder }) => (
        <label key={key}>
          {label}
          <input
            value={values[key]}
            onChange={(event) => setValues({ ...values, [key]: event.target.value })}
            placeholder={placeholder}
          />
        </label>
      ))}
      <button type="submit">保存日期</button>
      {settings.custom && (
        <button type="button" className="link" onClick={() => void save(null)}>
          恢复全国规定
        </button>
      )}
      <FormError message={error} />
    </form>
  );
}

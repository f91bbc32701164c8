import { useState } from 'react';
import { DeadlineRules } from '../../../shared/status/deadline-defaults';
import type { DeadlineSettings } from '../../../shared/status/deadline-settings';
import { monthDayText } from '../../../shared/status/deadline-text';
import { call } from '../../api';
import { useAction } from '../../app/use-action';
import { issueMessages } from '../../../shared/ipc/issue-messages';

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
      <label>
        报送截止
        <input
          value={values.submitBy}
          onChange={(event) => setValues({ ...values, submitBy: event.target.value })}
          placeholder="03-01"
        />
      </label>
      <label>
        公开截止
        <input
          value={values.publishBy}
          onChange={(event) => setValues({ ...values, publishBy: event.target.value })}
          placeholder="04-01"
        />
      </label>
      <button type="submit">保存日期</button>
      {settings.custom && (
        <button type="button" className="link" onClick={() => void save(null)}>
          恢复全国规定
        </button>
      )}
      {error && <p className="form-error">{error}</p>}
    </form>
  );
}

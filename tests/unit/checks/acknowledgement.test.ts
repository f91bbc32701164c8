import { describe, expect, it } from 'vitest';
import {
  findingKey,
  privacyRecord,
  publicEditionRefusal,
  submissionReadiness,
  unreviewedPrivacy,
} from '../../../shared/checks/acknowledgement';
import type { Finding } from '../../../shared/checks/finding';
import { createRouter } from '../../../electron/ipc/create-router';
import { SIPING_2024, openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

const finding = (id: string, severity: Finding['severity'], excerpt: string, paragraph = 0): Finding => ({
  id,
  severity,
  part: 'measures',
  location: { place: 'measures', paragraph, start: 0, end: 1 },
  message: `${id} 的说明，请修改。`,
  excerpt,
});

describe('公开版的保密审查', () => {
  const phone = {
    ...finding('privacy', 'warning', '13912345678'),
    message: '“13912345678”可能是手机号码。公开版发布前请确认。',
  };
  const name = finding('privacy', 'warning', '王丹波律师');

  it('waits on every privacy finding not yet confirmed, and on nothing else', () => {
    const other = finding('placeholder', 'error', 'XX名');
    const confirmed = [{ findingKey: findingKey(name) }];
    expect(unreviewedPrivacy([phone, name, other], confirmed)).toEqual([phone]);
    expect(publicEditionRefusal(unreviewedPrivacy([name, other], confirmed))).toBeNull();
  });

  it('says how many are open, shows a few, and tells the caller’s user what to do next', () => {
    expect(publicEditionRefusal([phone, name])).toMatch(
      /保密审查：还有 2 处.*“13912345678”、“王丹波律师”.*请在“检查”中逐条修改/,
    );
    expect(publicEditionRefusal([phone], '加 --privacy-reviewed。')).toMatch(/加 --privacy-reviewed。$/);
  });

  it('records what the review was shown without the advice', () => {
    expect(privacyRecord(phone)).toBe('“13912345678”可能是手机号码');
  });
});

describe('提交前检查', () => {
  it('is ready only when every error is fixed or acknowledged; warnings never block', () => {
    const errors = [finding('date-missing', 'error', ''), finding('placeholder', 'error', 'XX名')];
    const warning = finding('halfwidth-punctuation', 'warning', '4次,覆盖');
    expect(submissionReadiness([...errors, warning], [])).toMatchObject({ ready: false, blocking: errors });
    const acknowledged = [
      { findingKey: findingKey(errors[1]!), note: '原文如此，XX是单位简称', createdAt: '2025-01-07T08:00:00.000Z' },
    ];
    expect(submissionReadiness([...errors, warning], acknowledged)).toMatchObject({
      ready: false,
      blocking: [errors[0]],
    });
    expect(submissionReadiness([errors[1]!, warning], acknowledged)).toMatchObject({ ready: true, blocking: [] });
  });

  it('keeps an acknowledgement when paragraphs above are added (the key ignores the paragraph number)', () => {
    expect(findingKey(finding('placeholder', 'error', 'XX名', 3))).toBe(
      findingKey(finding('placeholder', 'error', 'XX名', 7)),
    );
  });

  it('records acknowledgements in the report, with their reason, and withdraws them', async () => {
    const dataDir = tempDir();
    const first = openTestServices(dataDir);
    const report = first.services.reports.create(SIPING_2024);
    const router = createRouter(testHandlers(first.services, dataDir));
    expect(
      await router.invoke('acknowledgements:save', {
        reportId: report.id,
        findingKey: 'date-missing|closing|',
        note: '',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('请写明为什么这一处不需要修改') },
    });
    await router.invoke('acknowledgements:save', {
      reportId: report.id,
      findingKey: 'date-missing|closing|',
      note: '日期由办公室统一填写',
    });
    first.close();

    const second = openTestServices(dataDir);
    expect(second.services.acknowledgements.list(report.id)).toMatchObject({
      ok: true,
      value: [{ findingKey: 'date-missing|closing|', note: '日期由办公室统一填写' }],
    });
    expect(second.services.acknowledgements.withdraw(report.id, 'date-missing|closing|')).toEqual({
      ok: true,
      value: [],
    });
    second.close();
  });
});

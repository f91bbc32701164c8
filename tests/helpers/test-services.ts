import { previewSavePath } from '../../electron/files/preview-save-path';
import { createHandlers } from '../../electron/ipc/create-handlers';
import type { FolderAccess } from '../../electron/ipc/handler-deps';
import { openServices, type Services } from '../../electron/services/open-services';
import { fail } from '../../shared/ipc/result';

/** Services on a real database file in `dataDir`, with a clock the test controls. */
export function openTestServices(dataDir: string, start = new Date('2025-01-10T08:00:00Z')) {
  let clock = start.getTime();
  let ids = 0;
  const opened = openServices({
    dataDir,
    version: '0.0.0-test',
    now: () => new Date(clock),
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  });
  return { ...opened, advance: (ms: number) => (clock += ms) };
}

/**
 * The handlers as the preview builds them: saved files go to `<dataDir>/导出`. The folder stays
 * open on these services; tests of recovery and restore use createFolderRouter on a real folder.
 */
export function testHandlers(services: Services, dataDir: string) {
  const folder: FolderAccess = {
    state: () => ({ status: 'ready', services }),
    recoveryState: () => ({ status: 'ready' }),
    recoverFromBackup: () => fail('invalid-input', '数据库没有损坏，不需要恢复。'),
    restoreFromBytes: () => fail('invalid-input', '这里的测试数据目录不替换数据库。'),
  };
  return createHandlers(services, { chooseSavePath: previewSavePath(dataDir), folder });
}

export const SIPING_2024 = {
  organizationName: '四平市教育局',
  year: 2024,
  addressee: '市委、市政府',
  title: '四平市教育局关于2024年度法治政府建设情况的报告',
};

/** SIPING_2024 as a finished header has it: addressee, signature and 成文日期 filled in. Returns its id. */
export function createSipingReport(services: Services): string {
  const { id } = services.reports.create(SIPING_2024);
  services.reports.updateHeader(id, {
    title: SIPING_2024.title,
    addressee: SIPING_2024.addressee,
    signature: SIPING_2024.organizationName,
    issuedOn: '2025-01-07',
  });
  return id;
}

import { randomUUID } from 'node:crypto';
import { fail, ok } from '../../shared/ipc/result';
import { REPORT_PACKAGE_EXTENSION } from '../../shared/report/report-package';
import { ExportWriteError, writeFileSafely } from '../export/write-file-safely';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** 导出报告包 / 导入报告包: one report as one file, and an import that asks before it replaces anything. */
export function packageHandlers({ services: { reportPackages }, chooseSavePath }: HandlerDeps) {
  // The package waiting for 覆盖 or 取消. Only the latest question is kept, so at most one
  // package (up to 50 MB) stays in memory; a new import or a restart forgets it.
  let pending: { id: string; bytes: Buffer } | undefined;

  return {
    'packages:export': async ({ id }) => {
      const exported = reportPackages.exportPackage(id);
      if (!exported.ok) return exported;
      const file = await chooseSavePath(exported.value.fileName, {
        name: '法治年报助手报告包',
        extensions: [REPORT_PACKAGE_EXTENSION.slice(1)],
      });
      if (file === null) return ok(null);
      try {
        await writeFileSafely(file, exported.value.bytes);
      } catch (error) {
        if (error instanceof ExportWriteError) return fail('internal', error.message);
        throw error;
      }
      return ok({ file });
    },

    'packages:import': ({ bytesBase64 }) => {
      pending = undefined;
      const bytes = Buffer.from(bytesBase64, 'base64');
      const result = reportPackages.importPackage(bytes);
      if (!result.ok) return result;
      if (result.value.status === 'imported') return ok(result.value);
      pending = { id: randomUUID(), bytes };
      return ok({ ...result.value, pendingId: pending.id });
    },

    'packages:import-replace': ({ pendingId }) => {
      if (pending?.id !== pendingId) {
        return fail(
          'not-found',
          '要覆盖的报告包已不在程序中（程序重新打开过，或之后又导入了别的报告包）。请重新“导入报告包”。',
        );
      }
      const { bytes } = pending;
      pending = undefined;
      const result = reportPackages.importPackage(bytes, { replace: true });
      if (!result.ok) return result;
      // With replace the service always imports; anything else would be a bug, not a question.
      if (result.value.status !== 'imported') throw new Error('import with replace did not import');
      return ok(result.value);
    },
  } satisfies Partial<Handlers>;
}

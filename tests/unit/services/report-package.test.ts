import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPackageInWorker, sourcePackageWorker } from '../../../electron/import/read-package-in-worker';
import { readReportPackage } from '../../../electron/import/read-report-package';
import { createRouter } from '../../../electron/ipc/create-router';
import { MAX_PACKAGE_BYTES, MAX_UNPACKED_BYTES } from '../../../electron/services/report-package-service';
import { REPORT_PACKAGE_REVISIONS_KEPT } from '../../../shared/report/report-package-limits';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

/** A report with text, a revision, figures, a checklist entry and an acknowledgement, exported. */
function exportedReport() {
  const source = openTestServices(tempDir());
  const { services } = source;
  const report = services.reports.create(SIPING_2024);
  services.parts.save(
    report.id,
    'measures',
    partJson({ heading: 2, text: '加强组织领导' }, '全年组织干部集中学习法律法规12次。'),
  );
  services.indicators.save(report.id, { key: 'normative_docs_issued', value: 7, notApplicable: false });
  services.checklist.set(report.id, { itemKey: 'leadership-study', state: 'done' });
  services.acknowledgements.acknowledge(report.id, 'rule|measures|excerpt', '按上级要求保留原文');
  services.statuses.move(report.id, 'circulate', '');
  services.statuses.move(report.id, 'send', '');
  services.reviews.record(report.id, {
    stage: 'first',
    reviewer: '李四',
    reviewedOn: '2025-02-10',
    result: 'passed',
    comment: '同意',
  });
  const exported = services.reportPackages.exportPackage(report.id);
  if (!exported.ok) throw new Error(exported.error.message);
  source.close();
  return { report, bytes: exported.value.bytes, fileName: exported.value.fileName };
}

describe('report packages', () => {
  it('carries a report with its parts, history, figures, checklist and acknowledgements to another computer', async () => {
    const { report, bytes, fileName } = exportedReport();
    expect(fileName).toBe(`${SIPING_2024.title}.fznb`);
    const { services, close } = openTestServices(tempDir());
    await expect(services.reportPackages.importPackage(bytes)).resolves.toMatchObject({
      ok: true,
      value: { status: 'imported', replaced: false },
    });
    const imported = services.reports.get(report.id);
    expect(imported.ok && imported.value.parts.find((part) => part.key === 'measures')?.plainText).toBe(
      '（一）加强组织领导\n全年组织干部集中学习法律法规12次。',
    );
    expect(services.indicators.get(report.id)).toMatchObject({
      ok: true,
      value: { values: [{ key: 'normative_docs_issued', value: 7 }] },
    });
    expect(services.checklist.list(report.id)).toMatchObject({
      ok: true,
      value: [{ itemKey: 'leadership-study', state: 'done' }],
    });
    expect(services.acknowledgements.list(report.id)).toMatchObject({
      ok: true,
      value: [{ note: '按上级要求保留原文' }],
    });
    expect(services.revisions.list(report.id)).toMatchObject({ ok: true, value: [{ reason: 'autosave' }] });
    // The path to submission comes along: where it stands, how it got there, and who signed off.
    expect(imported.ok && imported.value.status).toBe('review');
    expect(services.statuses.history(report.id)).toMatchObject({
      ok: true,
      value: [{ move: 'circulate' }, { move: 'send' }],
    });
    expect(services.reviews.list(report.id)).toMatchObject({
      ok: true,
      value: [{ stage: 'first', reviewer: '李四', current: true }],
    });
    close();
  });

  it('never overwrites an existing report without asking, and keeps a revision when told to replace', async () => {
    const { report, bytes } = exportedReport();
    const { services, close, advance } = openTestServices(tempDir());
    await services.reportPackages.importPackage(bytes);
    advance(60_000);
    services.parts.save(report.id, 'measures', partJson('本机上改过的内容。'));
    await expect(services.reportPackages.importPackage(bytes)).resolves.toMatchObject({
      ok: true,
      value: { status: 'exists', existing: { id: report.id }, incoming: { title: SIPING_2024.title } },
    });
    const untouched = services.reports.get(report.id);
    expect(untouched.ok && untouched.value.parts.find((part) => part.key === 'measures')?.plainText).toBe(
      '本机上改过的内容。',
    );

    await expect(services.reportPackages.importPackage(bytes, { replace: true })).resolves.toMatchObject({
      ok: true,
      value: { status: 'imported', replaced: true },
    });
    const history = services.revisions.list(report.id);
    const before = history.ok ? history.value.find((revision) => revision.reason === 'before-import') : undefined;
    expect(before).toBeDefined();
    const kept = services.revisions.get(before!.id);
    expect(kept.ok && kept.value.snapshot.parts.find((part) => part.key === 'measures')?.plainText).toBe(
      '本机上改过的内容。',
    );
    // The same history is not added twice when a report goes back and forth.
    expect(history.ok && history.value.filter((revision) => revision.reason === 'autosave')).toHaveLength(1);
    close();
  });

  it.each([
    ['a file that is not gzip', Buffer.from('PK\u0003\u0004 这是一个 docx')],
    ['gzip of something else', gzipSync('{"hello":"world"}')],
    ['gzip of text that is not JSON', gzipSync('报告正文')],
    ['a package with a missing field', gzipSync(JSON.stringify({ format: 'fazhi-nianbao-report', version: 1 }))],
  ])('refuses %s with a Chinese message', async (_case, bytes) => {
    const { services, close } = openTestServices(tempDir());
    await expect(services.reportPackages.importPackage(bytes)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/^无法导入这个报告包：.*重新“导出报告包”/) },
    });
    expect(services.reports.list()).toEqual([]);
    close();
  });

  it('refuses a package from a newer version, and files too large before and after unpacking', async () => {
    const { services, close } = openTestServices(tempDir());
    const newer = gzipSync(JSON.stringify({ format: 'fazhi-nianbao-report', version: 2 }));
    await expect(services.reportPackages.importPackage(newer)).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/更新版本/) },
    });
    await expect(services.reportPackages.importPackage(Buffer.alloc(MAX_PACKAGE_BYTES + 1))).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/超过 50 MB/) },
    });
    // A "zip bomb": a few hundred kilobytes that would unpack to more than the limit.
    const bomb = gzipSync(Buffer.alloc(MAX_UNPACKED_BYTES + 1024, 0x20), { level: 1 });
    expect(bomb.length).toBeLessThan(MAX_PACKAGE_BYTES / 50);
    await expect(services.reportPackages.importPackage(bomb)).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/解压后的内容过大/) },
    });
    close();
  });

  it('refuses a package whose part content does not parse', async () => {
    const { bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    const pkg = JSON.parse(gunzipSync(bytes).toString('utf8'));
    pkg.parts[1].contentJson = '{"root": {"children": [';
    await expect(services.reportPackages.importPackage(gzipSync(JSON.stringify(pkg)))).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/正文内容无法解析/) },
    });
    close();
  });

  it('holds the report header to the rules of 新建报告 (one definition of each field)', async () => {
    const { bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    for (const [field, value] of [
      ['organizationName', '   '],
      ['year', 2101],
      ['title', ' '],
    ] as const) {
      const pkg = JSON.parse(gunzipSync(bytes).toString('utf8'));
      pkg.report[field] = value;
      expect(await services.reportPackages.importPackage(gzipSync(JSON.stringify(pkg)))).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringContaining(`report.${field}`) },
      });
    }
    expect(services.reports.list(false)).toEqual([]);
    close();
  });

  it('refuses a package whose figures break the indicator rules, storing nothing', async () => {
    const { report, bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    for (const [indicator, message] of [
      [{ key: 'vice_principal_rate', value: 150, notApplicable: false }, /法治副校长配备率.*不能超过 100/],
      [{ key: 'penalty_cases', value: 2.5, notApplicable: false }, /行政处罚案件.*应填整数/],
      [{ key: 'no_such_figure', value: 1, notApplicable: false }, /没有名为“no_such_figure”的数据指标/],
    ] as const) {
      const pkg = JSON.parse(gunzipSync(bytes).toString('utf8'));
      pkg.indicators.push(indicator);
      await expect(services.reportPackages.importPackage(gzipSync(JSON.stringify(pkg)))).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(message) },
      });
    }
    expect(services.reports.get(report.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    close();
  });

  it('says so when the report to export does not exist', async () => {
    const { services, close } = openTestServices(tempDir());
    expect(services.reportPackages.exportPackage('00000000-0000-4000-8000-000000000099')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    close();
  });
});

describe('forged or hostile packages', () => {
  /** The package's JSON as a forger edits it: any shape at all. */
  type Forged = ReturnType<typeof JSON.parse>;
  const repack = (bytes: Buffer, change: (pkg: Forged) => void) => {
    const pkg = JSON.parse(gunzipSync(bytes).toString('utf8'));
    change(pkg);
    return gzipSync(JSON.stringify(pkg));
  };

  it('never replaces a report this office has finalized, even when told to', async () => {
    const { report, bytes } = exportedReport();
    const { services, db, close } = openTestServices(tempDir());
    await services.reportPackages.importPackage(bytes);
    services.parts.save(report.id, 'measures', partJson('定稿的正文。'));
    db.prepare("UPDATE reports SET status = 'final' WHERE id = ?").run(report.id);
    const forged = repack(bytes, (pkg) => {
      pkg.report.status = 'published';
      pkg.reviews.push({ ...pkg.reviews[0], stage: 'confidentiality', reviewer: '假冒的人' });
    });
    await expect(services.reportPackages.importPackage(forged, { replace: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'frozen', message: expect.stringMatching(/已定稿，不能用报告包覆盖.*重新打开/) },
    });
    const kept = services.reports.get(report.id);
    expect(kept.ok && kept.value.status).toBe('final');
    expect(kept.ok && kept.value.parts.find((part) => part.key === 'measures')?.plainText).toBe('定稿的正文。');
    close();
  });

  it.each([
    [
      'a part with a node the editor does not have',
      (pkg: Forged) =>
        (pkg.parts[1].contentJson = '{"root":{"type":"root","children":[{"type":"iframe","children":[]}]}}'),
      /编辑器不认识的元素（iframe）/,
    ],
    [
      'a revision whose content is not JSON',
      (pkg: Forged) => (pkg.revisions[0].snapshot.parts[1].contentJson = '不是 JSON'),
      /正文内容无法解析/,
    ],
    ['no parts at all', (pkg: Forged) => (pkg.parts = []), /没有任何部分/],
  ])('refuses %s', async (_what, change, message) => {
    const { bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    await expect(services.reportPackages.importPackage(repack(bytes, change))).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(message) },
    });
    expect(services.reports.list()).toEqual([]);
    close();
  });

  it('keeps no styles the editor does not write: font-size:0 and position:fixed are gone', async () => {
    const { report, bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    const styled = repack(bytes, (pkg) => {
      pkg.parts[1].contentJson = pkg.parts[1].contentJson
        .replace(/"type":"text"/g, '"type":"text","style":"font-size:0"')
        .replace(/"type":"paragraph"/g, '"type":"paragraph","textStyle":"position:fixed;inset:0"');
      expect(pkg.parts[1].contentJson).toMatch(/font-size:0[\s\S]*position:fixed|position:fixed[\s\S]*font-size:0/);
    });
    expect((await services.reportPackages.importPackage(styled)).ok).toBe(true);
    const imported = services.reports.get(report.id);
    const json = imported.ok ? imported.value.parts[1]!.contentJson! : '';
    expect(json).toContain('加强组织领导');
    expect(json).not.toMatch(/font-size|position/);
    close();
  });
});

describe('records that came in a package', () => {
  const repack = (bytes: Buffer, change: (pkg: ReturnType<typeof JSON.parse>) => void) => {
    const pkg = JSON.parse(gunzipSync(bytes).toString('utf8'));
    change(pkg);
    return gzipSync(JSON.stringify(pkg));
  };

  it('are stored and listed as 来自报告包, and count for none of this office’s sign-off rules', async () => {
    const { report, bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    // Every sign-off already given elsewhere, even a forged 保密审查.
    const signed = repack(bytes, (pkg) => {
      for (const stage of ['second', 'final', 'confidentiality'])
        pkg.reviews.push({ ...pkg.reviews[0], stage, reviewer: `外单位${stage}`, fromPackage: false });
      for (const change of pkg.statusChanges) change.fromPackage = false;
    });
    expect((await services.reportPackages.importPackage(signed)).ok).toBe(true);
    const listed = services.reviews.list(report.id);
    expect(listed.ok && listed.value.map((review) => review.fromPackage)).toEqual([true, true, true, true]);
    const history = services.statuses.history(report.id);
    expect(history.ok && history.value.map((change) => change.fromPackage)).toEqual([true, true]);

    // The report waits for this office's own 初审, and cannot be finalized on the package's 终审.
    const overview = services.overviews.overview(report.id);
    expect(overview.ok && overview.value.nextAction.text).toBe('记录初审');
    expect(services.statuses.move(report.id, 'finalize', '')).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/还没有记录“终审 通过”/) },
    });

    // What this office records itself counts, and is its own.
    services.reviews.record(report.id, {
      stage: 'final',
      reviewer: '王局长',
      reviewedOn: '2025-02-12',
      result: 'passed',
      comment: '',
    });
    const after = services.reviews.list(report.id);
    expect(after.ok && after.value.at(-1)).toMatchObject({ reviewer: '王局长', fromPackage: false });
    expect(services.statuses.move(report.id, 'finalize', '').ok).toBe(true);
    close();
  });

  it('on 覆盖 keep this office’s own records, record the 覆盖 itself, and start a new round', async () => {
    const { report, bytes } = exportedReport();
    const { services, close, advance } = openTestServices(tempDir());
    await services.reportPackages.importPackage(bytes);
    advance(60_000);
    // This office signs the text it has: its own 初审 and 复审.
    for (const stage of ['first', 'second'] as const)
      services.reviews.record(report.id, {
        stage,
        reviewer: '本局张三',
        reviewedOn: '2025-02-11',
        result: 'passed',
        comment: '',
      });
    advance(60_000);
    expect(await services.reportPackages.importPackage(bytes, { replace: true })).toMatchObject({ ok: true });

    const listed = services.reviews.list(report.id);
    const own = listed.ok ? listed.value.filter((review) => !review.fromPackage) : [];
    // Nothing of this office's is lost, and none of it stands for the text that replaced it.
    expect(own).toMatchObject([
      { reviewer: '本局张三', stage: 'first', current: false },
      { reviewer: '本局张三', stage: 'second', current: false },
    ]);
    const overview = services.overviews.overview(report.id);
    expect(overview.ok && overview.value.nextAction.text).toBe('记录初审');
    const history = services.statuses.history(report.id);
    expect(history.ok && history.value.at(-1)).toMatchObject({
      move: 'import-package',
      from: 'review',
      to: 'review',
      fromPackage: false,
    });
    // The move is the import's own: nobody can choose it as a status move.
    expect(services.statuses.move(report.id, 'import-package', '想改状态')).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/导入报告包/) },
    });
    close();
  });

  it('after 覆盖 with a package past 待审签, let no earlier 保密审查 of this office count for the new text', async () => {
    const { report, bytes } = exportedReport();
    const { services, db, close, advance } = openTestServices(tempDir());
    await services.reportPackages.importPackage(bytes);
    advance(60_000);
    services.reviews.record(report.id, {
      stage: 'confidentiality',
      reviewer: '本局保密员',
      reviewedOn: '2025-02-11',
      result: 'passed',
      comment: '',
    });
    advance(60_000);
    const submitted = repack(bytes, (pkg) => (pkg.report.status = 'submitted'));
    expect((await services.reportPackages.importPackage(submitted, { replace: true })).ok).toBe(true);
    expect(db.prepare('SELECT status FROM reports WHERE id = ?').get(report.id)).toEqual({ status: 'submitted' });
    expect(services.statuses.move(report.id, 'publish', '')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/公开前须经保密审查/) },
    });
    close();
  });

  it('never let a package’s 保密审查 open the way to 已公开', async () => {
    const { report, bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    const forged = repack(bytes, (pkg) => {
      pkg.report.status = 'submitted';
      pkg.reviews.push({ ...pkg.reviews[0], stage: 'confidentiality', reviewer: '假冒的人' });
    });
    expect((await services.reportPackages.importPackage(forged)).ok).toBe(true);
    expect(services.statuses.move(report.id, 'publish', '')).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/公开前须经保密审查/) },
    });
    const overview = services.overviews.overview(report.id);
    expect(overview.ok && overview.value.nextAction.text).toBe('保密审查');
    close();
  });
});

describe('a package with a long history', () => {
  /** The exported report with `count` history versions, five minutes apart, oldest first as exported. */
  const withHistory = (bytes: Buffer, count: number) => {
    const pkg = JSON.parse(gunzipSync(bytes).toString('utf8'));
    const [revision] = pkg.revisions;
    pkg.revisions = Array.from({ length: count }, (_, index) => ({
      ...revision,
      createdAt: new Date(Date.parse('2024-03-01T00:00:00Z') + index * 300_000).toISOString(),
    }));
    return {
      bytes: gzipSync(JSON.stringify(pkg)),
      times: pkg.revisions.map((r: { createdAt: string }) => r.createdAt),
    };
  };

  it(`keeps the newest ${REPORT_PACKAGE_REVISIONS_KEPT} history versions and says how many were left out`, async () => {
    const { report, bytes } = exportedReport();
    const { bytes: long, times } = withHistory(bytes, REPORT_PACKAGE_REVISIONS_KEPT + 250);
    const { services, close } = openTestServices(tempDir());
    await expect(services.reportPackages.importPackage(long)).resolves.toMatchObject({
      ok: true,
      value: { status: 'imported', revisionsLeftOut: 250 },
    });
    const history = services.revisions.list(report.id);
    const kept = history.ok ? history.value.map((revision) => revision.createdAt).sort() : [];
    expect(kept).toEqual(times.slice(250));

    // Sent back and forth: what is already here is not added again, and nothing is left out twice.
    const answer = await services.reportPackages.importPackage(long);
    expect(answer).toMatchObject({ ok: true, value: { status: 'exists' } });
    const pendingId = answer.ok && answer.value.status === 'exists' ? answer.value.pendingId : '';
    expect(services.reportPackages.replacePending(pendingId)).toMatchObject({
      ok: true,
      value: { status: 'imported', replaced: true, revisionsLeftOut: 250 },
    });
    const again = services.revisions.list(report.id);
    expect(again.ok && again.value.filter((revision) => revision.reason === 'autosave')).toHaveLength(
      REPORT_PACKAGE_REVISIONS_KEPT,
    );
    // A 覆盖 answered once is not answered again.
    expect(services.reportPackages.replacePending(pendingId)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/请重新“导入报告包”/) },
    });
    close();
  });

  it('is read and checked in a worker thread, as here', async () => {
    const { bytes } = exportedReport();
    const { bytes: long } = withHistory(bytes, 30);
    const inWorker = await readPackageInWorker(sourcePackageWorker())(long);
    expect(inWorker).toEqual(readReportPackage(long));
  });

  it('stops a read past its time or memory ceiling with a Chinese message, the window’s thread untouched', async () => {
    const { bytes } = exportedReport();
    const { bytes: long } = withHistory(bytes, REPORT_PACKAGE_REVISIONS_KEPT);
    await expect(readPackageInWorker({ ...sourcePackageWorker(), timeoutMs: 20 })(long)).rejects.toThrow(
      /读取报告包超过 \d+ 秒仍未完成，已停止，本机数据没有改动/,
    );
    await expect(readPackageInWorker({ ...sourcePackageWorker(), memoryMb: 8 })(long)).rejects.toThrow(
      /超出内存上限（8 MB）.*本机数据没有改动/,
    );
    // The worker's own refusals come through as they are.
    await expect(readPackageInWorker(sourcePackageWorker())(gzipSync('报告正文'))).rejects.toThrow(/文件内容已损坏/);
  }, 60_000);

  it('comes through the handler as one call of the service, a refusal as invalid-input', async () => {
    const dataDir = tempDir();
    const { services, close } = openTestServices(dataDir);
    const router = createRouter(testHandlers(services, dataDir), { logError: () => {} });
    const result = await router.invoke('packages:import', {
      bytesBase64: gzipSync('{"format":"fazhi-nianbao-report","version":1}').toString('base64'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /^无法导入这个报告包/ } });
    close();
  });
});

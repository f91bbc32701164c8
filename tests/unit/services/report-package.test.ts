import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_PACKAGE_BYTES, MAX_UNPACKED_BYTES } from '../../../electron/services/report-package-service';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
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
  it('carries a report with its parts, history, figures, checklist and acknowledgements to another computer', () => {
    const { report, bytes, fileName } = exportedReport();
    expect(fileName).toBe(`${SIPING_2024.title}.fznb`);
    const { services, close } = openTestServices(tempDir());
    expect(services.reportPackages.importPackage(bytes)).toMatchObject({
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

  it('never overwrites an existing report without asking, and keeps a revision when told to replace', () => {
    const { report, bytes } = exportedReport();
    const { services, close, advance } = openTestServices(tempDir());
    services.reportPackages.importPackage(bytes);
    advance(60_000);
    services.parts.save(report.id, 'measures', partJson('本机上改过的内容。'));
    expect(services.reportPackages.importPackage(bytes)).toMatchObject({
      ok: true,
      value: { status: 'exists', existing: { id: report.id }, incoming: { title: SIPING_2024.title } },
    });
    const untouched = services.reports.get(report.id);
    expect(untouched.ok && untouched.value.parts.find((part) => part.key === 'measures')?.plainText).toBe(
      '本机上改过的内容。',
    );

    expect(services.reportPackages.importPackage(bytes, { replace: true })).toMatchObject({
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
  ])('refuses %s with a Chinese message', (_case, bytes) => {
    const { services, close } = openTestServices(tempDir());
    expect(services.reportPackages.importPackage(bytes)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/^无法导入这个报告包：.*重新“导出报告包”/) },
    });
    expect(services.reports.list()).toEqual([]);
    close();
  });

  it('refuses a package from a newer version, and files too large before and after unpacking', () => {
    const { services, close } = openTestServices(tempDir());
    const newer = gzipSync(JSON.stringify({ format: 'fazhi-nianbao-report', version: 2 }));
    expect(services.reportPackages.importPackage(newer)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/更新版本/) },
    });
    expect(services.reportPackages.importPackage(Buffer.alloc(MAX_PACKAGE_BYTES + 1))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/超过 50 MB/) },
    });
    // A "zip bomb": a few hundred kilobytes that would unpack to more than the limit.
    const bomb = gzipSync(Buffer.alloc(MAX_UNPACKED_BYTES + 1024, 0x20), { level: 1 });
    expect(bomb.length).toBeLessThan(MAX_PACKAGE_BYTES / 50);
    expect(services.reportPackages.importPackage(bomb)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/解压后的内容过大/) },
    });
    close();
  });

  it('refuses a package whose part content does not parse', () => {
    const { bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    const pkg = JSON.parse(gunzipSync(bytes).toString('utf8'));
    pkg.parts[1].contentJson = '{"root": {"children": [';
    expect(services.reportPackages.importPackage(gzipSync(JSON.stringify(pkg)))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/正文内容无法解析/) },
    });
    close();
  });

  it('holds the report header to the rules of 新建报告 (one definition of each field)', () => {
    const { bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    for (const [field, value] of [
      ['organizationName', '   '],
      ['year', 2101],
      ['title', ' '],
    ] as const) {
      const pkg = JSON.parse(gunzipSync(bytes).toString('utf8'));
      pkg.report[field] = value;
      expect(services.reportPackages.importPackage(gzipSync(JSON.stringify(pkg)))).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringContaining(`report.${field}`) },
      });
    }
    expect(services.reports.list(false)).toEqual([]);
    close();
  });

  it('refuses a package whose figures break the indicator rules, storing nothing', () => {
    const { report, bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    for (const [indicator, message] of [
      [{ key: 'vice_principal_rate', value: 150, notApplicable: false }, /法治副校长配备率.*不能超过 100/],
      [{ key: 'penalty_cases', value: 2.5, notApplicable: false }, /行政处罚案件.*应填整数/],
      [{ key: 'no_such_figure', value: 1, notApplicable: false }, /没有名为“no_such_figure”的数据指标/],
    ] as const) {
      const pkg = JSON.parse(gunzipSync(bytes).toString('utf8'));
      pkg.indicators.push(indicator);
      expect(services.reportPackages.importPackage(gzipSync(JSON.stringify(pkg)))).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(message) },
      });
    }
    expect(services.reports.get(report.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    close();
  });

  it('says so when the report to export does not exist', () => {
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

  it('never replaces a report this office has finalized, even when told to', () => {
    const { report, bytes } = exportedReport();
    const { services, db, close } = openTestServices(tempDir());
    services.reportPackages.importPackage(bytes);
    services.parts.save(report.id, 'measures', partJson('定稿的正文。'));
    db.prepare("UPDATE reports SET status = 'final' WHERE id = ?").run(report.id);
    const forged = repack(bytes, (pkg) => {
      pkg.report.status = 'published';
      pkg.reviews.push({ ...pkg.reviews[0], stage: 'confidentiality', reviewer: '假冒的人' });
    });
    expect(services.reportPackages.importPackage(forged, { replace: true })).toMatchObject({
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
  ])('refuses %s', (_what, change, message) => {
    const { bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    expect(services.reportPackages.importPackage(repack(bytes, change))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(message) },
    });
    expect(services.reports.list()).toEqual([]);
    close();
  });

  it('keeps no styles the editor does not write: font-size:0 and position:fixed are gone', () => {
    const { report, bytes } = exportedReport();
    const { services, close } = openTestServices(tempDir());
    const styled = repack(bytes, (pkg) => {
      pkg.parts[1].contentJson = pkg.parts[1].contentJson
        .replace(/"type":"text"/g, '"type":"text","style":"font-size:0"')
        .replace(/"type":"paragraph"/g, '"type":"paragraph","textStyle":"position:fixed;inset:0"');
      expect(pkg.parts[1].contentJson).toMatch(/font-size:0[\s\S]*position:fixed|position:fixed[\s\S]*font-size:0/);
    });
    expect(services.reportPackages.importPackage(styled).ok).toBe(true);
    const imported = services.reports.get(report.id);
    const json = imported.ok ? imported.value.parts[1]!.contentJson! : '';
    expect(json).toContain('加强组织领导');
    expect(json).not.toMatch(/font-size|position/);
    close();
  });
});

import { describe, expect, it } from 'vitest';
import { readBatchFile, type BatchFileOutcome } from '../../../electron/services/read-batch-file';
import { batchReportLines, type BatchReportShape } from '../../helpers/batch-report-lines';
import { hasSamples, sampleText } from '../../helpers/samples';
import { batchFixtures, EXPECTED_ROWS } from './batch-fixtures';

const none = () => undefined;
const read = (name: string, bytes: Buffer, year?: number) =>
  readBatchFile({ name, size: bytes.length, bytes }, { year, duplicateOf: none });
const shaped = async (shape: BatchReportShape) => {
  const outcome = await read('报告.txt', Buffer.from(batchReportLines(shape).join('\n')));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.report;
};

describe('readBatchFile', () => {
  it('reads a complete report into its row: parts of their own, causes, concrete leadership, plans for Y+1, on time', async () => {
    const report = await shaped({ organization: '某县教育局' });
    expect(report).toMatchObject({
      organization: '某县教育局',
      year: 2024,
      causes: 'with',
      leadershipConcrete: true,
      plansYear: 'right',
      date: { text: '2025年1月15日', iso: '2025-01-15', onTime: true },
      complete: true,
    });
    for (const key of ['measures', 'shortcomings', 'leadership', 'plans'] as const)
      expect(report.parts[key].presence).toBe('own');
    expect(report.parts.shortcomings.chars).toBeGreaterThan(50);
    expect(report.parts.other).toEqual({ presence: 'absent', chars: 0 });
  });

  it('tells each defect apart', async () => {
    expect(await shaped({ organization: '某县民政局', omit: ['shortcomings'] })).toMatchObject({
      parts: { shortcomings: { presence: 'absent' } },
      causes: 'absent',
      complete: false,
    });
    expect(await shaped({ organization: '某县司法局', noCauses: true })).toMatchObject({
      causes: 'without',
      complete: false,
    });
    expect(await shaped({ organization: '某县交通运输局', plansYear: 2024 })).toMatchObject({
      plansYear: 'wrong',
      counts: { error: 1 },
    });
    expect(await shaped({ organization: '某县卫生健康局', vagueLeadership: true, date: '2025年3月2日' })).toMatchObject(
      { leadershipConcrete: false, date: { onTime: false } },
    );
    expect((await shaped({ organization: '某县商务局', date: '2025年3月1日' })).date.onTime).toBe(true);
    const inside = await shaped({ organization: '某县住房和城乡建设局', shortcomingsInside: true });
    expect(inside.parts.shortcomings.presence).toBe('inside');
    expect(inside.parts.shortcomings.chars).toBeGreaterThan(20);
  });

  it('puts the most serious findings first', async () => {
    const report = await shaped({ organization: '某县民政局', omit: ['shortcomings'], plansYear: 2023 });
    expect(report.findings.slice(0, 2).map((finding) => finding.severity)).toEqual(['error', 'error']);
    expect(report.counts.error).toBe(2);
  });

  it('checks every report for the year given, not the one its title says', async () => {
    const report = await read(
      '报告.txt',
      Buffer.from(batchReportLines({ organization: '某县林业局' }).join('\n')),
      2023,
    );
    expect(report.ok && report.report.year).toBe(2023);
    expect(report.ok && report.report.findings.map((finding) => finding.id)).toContain('title-year');
  });

  it('reads every committed fixture, or refuses it with its own reason, without throwing', async () => {
    const seen = new Map<string, string>();
    for (const { name, bytes } of batchFixtures()) {
      const outcome: BatchFileOutcome = await readBatchFile(
        { name, size: bytes.length, bytes },
        { duplicateOf: (hash) => seen.get(hash) },
      );
      if (outcome.ok) seen.set(outcome.textHash, name);
      const expected = EXPECTED_ROWS[name]!;
      if ('reason' in expected) expect(outcome.ok ? '' : outcome.reason, name).toMatch(expected.reason);
      else expect(outcome.report?.organization, name).toBe(expected.organization);
    }
  });

  it("keeps curly quotes of an old .doc and joins a PDF's wrapped lines back into paragraphs", async () => {
    const byName = new Map(batchFixtures().map((fixture) => [fixture.name, fixture.bytes]));
    const doc = await read('05.doc', byName.get('05-某县卫生健康局.doc')!);
    expect(doc.ok && doc.text).toContain('“法律明白人”');
    expect(doc.ok && doc.report.findings.map((finding) => finding.id)).not.toContain('straight-quotes');
    const pdf = await read('06.pdf', byName.get('06-某县住房和城乡建设局.pdf')!);
    expect(pdf.ok && pdf.text).toContain(
      '存在的不足方面，执法人员专业力量仍然偏弱，主要是近年招录的法律专业人员较少。',
    );
    expect(pdf.ok && pdf.report.date.text).toBe('2025年1月15日');
  });

  it('tells a damaged PDF from a scanned one, and a .pdf that is not one at all', async () => {
    expect(await read('坏.pdf', Buffer.from('%PDF-1.4 只有开头'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/已损坏，不是可以读取的 PDF/),
    });
    expect(await read('假.pdf', Buffer.from('这是一段文字'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/已损坏/),
    });
  });

  it('says what a .doc really is when Word saved RTF or a web page under that name', async () => {
    expect(await read('报告.doc', Buffer.from('{\\rtf1\\ansi 某县报告}'))).toMatchObject({
      reason: expect.stringMatching(/其实是 RTF 格式.*另存为 \.docx 后再试/),
    });
    expect(await read('报告.doc', Buffer.from('<html><body>某县报告</body></html>'))).toMatchObject({
      reason: expect.stringMatching(/其实是网页格式/),
    });
    expect(await read('报告.doc', Buffer.from('随便一段文字'))).toMatchObject({
      reason: expect.stringMatching(/不是有效的 Word 或 WPS 文档/),
    });
  });

  it('refuses a 30 MB file by its size alone', async () => {
    const outcome = await readBatchFile({ name: '巨大.docx', size: 30 * 1024 * 1024 }, { duplicateOf: none });
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/超过 20 MB/) });
  });

  it.skipIf(!hasSamples)('reads the real samples into rows with a department and a year', async () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const outcome = await read(`${prefix}.txt`, Buffer.from(sampleText(prefix)));
      expect(outcome.ok, prefix).toBe(true);
      expect(outcome.report?.year, prefix).toBeGreaterThan(2015);
      expect(outcome.report?.parts.measures.presence, prefix).not.toBe('absent');
    }
  });
});

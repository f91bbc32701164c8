import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BATCH_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'batch');

/** The committed folder of departments' reports, by file name. */
export const batchFixtures = (): { name: string; bytes: Buffer }[] =>
  readdirSync(BATCH_FIXTURES)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(BATCH_FIXTURES, name)) }));

/** What the 汇审 must make of each fixture: its row, or the reason it was refused. */
export const EXPECTED_ROWS: Record<string, { organization: string } | { reason: RegExp }> = {
  '01-某县教育局.docx': { organization: '某县教育局' },
  '02-某县民政局.txt': { organization: '某县民政局' },
  '03-某县司法局.txt': { organization: '某县司法局' },
  '04-某县交通运输局.docx': { organization: '某县交通运输局' },
  '05-某县卫生健康局.doc': { organization: '某县卫生健康局' },
  '06-某县住房和城乡建设局.pdf': { organization: '某县住房和城乡建设局' },
  '07-某县市场监督管理局.wps': { organization: '某县市场监督管理局' },
  '08-扫描件.pdf': { reason: /扫描件.*没有可读取的文字/ },
  '09-损坏.docx': { reason: /已损坏/ },
  '10-加密.docx': { reason: /加了密码/ },
  '11-空文件.txt': { reason: /是空的/ },
  '12-照片.jpg': { reason: /是图片/ },
  '13-某县民政局（重复报送）.txt': { reason: /与“02-某县民政局\.txt”内容相同/ },
  '14-旧版WPS.wps': { reason: /另存为 \.docx 后再试/ },
};

import { openServices } from '../../electron/services/open-services';
import { PART_KEYS } from '../../shared/outline/part-key';
import { partJson } from './part-json';

// The child of the crash-safety test: autosaves through the real store in a tight loop and
// prints `ack <part> <seq>` only after a save has returned, so the parent knows which saves the
// app would have told the clerk were kept. It is killed with SIGKILL at a random moment.
const [dataDir, firstSeqArg, clockArg] = process.argv.slice(2);
if (!dataDir || !firstSeqArg || !clockArg) throw new Error('usage: autosave-writer DATA_DIR FIRST_SEQ CLOCK_MS');

// A clock that runs a minute per save, so a revision is taken every few saves as well.
let clock = Number(clockArg);
const { services } = openServices({ dataDir, version: 'crash-test', now: () => new Date((clock += 60_000)) });
const report =
  services.reports.list()[0] ??
  services.reports.create({ organizationName: '崩溃测试县教育局', year: 2024, addressee: '', title: '崩溃测试报告' });
const parts = PART_KEYS.filter((key) => key !== 'other');
process.stdout.write(`ready ${report.id}\n`);

// The text of a save; the parent reads the number back out of the stored part.
const savedText = (seq: number) =>
  `第${seq}次自动保存：全年组织干部集中学习法律法规，覆盖机关全体人员。`.repeat(1 + (seq % 7));

for (let seq = Number(firstSeqArg); ; seq++) {
  const key = parts[seq % parts.length]!;
  const saved = services.parts.save(report.id, key, partJson({ heading: 2, text: `标题${seq}` }, savedText(seq)));
  if (!saved.ok) throw new Error(saved.error.message);
  process.stdout.write(`ack ${key} ${seq}\n`);
}

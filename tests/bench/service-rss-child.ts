// Run by memory.service_rss_150k in a process of its own, so the figure is the services' alone:
// opens the services on a fresh data folder, stores a 150,000-character report, reads it back,
// checks it and exports it as DOCX, then prints the process's peak resident memory in MB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices } from '../../electron/services/open-services';
import type { PartKey } from '../../shared/outline/part-key';
import { generatedReport } from '../helpers/generated-report';

const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-rss-'));
const { services, close } = openServices({ dataDir, version: 'bench' });
const report = services.reports.create({
  organizationName: '某县教育局',
  year: 2024,
  addressee: '县委、县政府',
  title: '基准报告',
});
for (const [key, json] of Object.entries(generatedReport(150_000)))
  services.parts.save(report.id, key as PartKey, json);
services.reports.get(report.id);
const options = { edition: 'submission', sealed: false, profile: 'standard', boldLevel3: false } as const;
const prepared = services.exports.prepare(report.id, options);
if (!prepared.ok) throw new Error(prepared.error.message);
const written = await services.exports.write(prepared.value, options, join(dataDir, 'report.docx'));
if (!written.ok) throw new Error(written.error.message);
close();
rmSync(dataDir, { recursive: true, force: true });
process.stdout.write(String(process.resourceUsage().maxRSS / 1024));

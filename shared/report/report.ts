import { z } from 'zod';
import { PartKey } from '../outline/part-key';
import { ReportStatus } from '../status/report-status';
import { Timestamp } from './timestamp';

export const ReportId = z.uuid({ message: '报告编号格式不正确' });

/** Years a real report can be about: the mandate dates from 2019, and nobody reports on the far future. */
export const ReportYear = z
  .number({ message: '请填写报告年度' })
  .int({ message: '报告年度应为整数年份，如 2024' })
  .min(2000, { message: '报告年度应在 2000 年到 2100 年之间' })
  .max(2100, { message: '报告年度应在 2000 年到 2100 年之间' });

const requiredText = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不能超过 ${max} 个字` });

export const OrganizationName = requiredText('单位名称', 60);
export const ReportTitle = requiredText('报告标题', 200);
export const Addressee = z.string().trim().max(100, { message: '主送机关不能超过 100 个字' });

/** What the clerk fills in on 新建报告. */
export const NewReport = z.object({
  organizationName: OrganizationName,
  year: ReportYear,
  addressee: Addressee,
  title: ReportTitle,
});
export type NewReport = z.infer<typeof NewReport>;

/** The report's own fields, edited in the header form above the parts. */
export const ReportHeader = z.object({
  title: ReportTitle,
  addressee: Addressee,
  signature: z.string().trim().max(100, { message: '发文机关署名不能超过 100 个字' }),
  /** 成文日期 as YYYY-MM-DD, or null while not set. */
  issuedOn: z.iso.date({ message: '成文日期应为有效日期，如 2026年1月7日' }).nullable(),
});
export type ReportHeader = z.infer<typeof ReportHeader>;

export const ReportSummary = z.object({
  id: ReportId,
  organizationName: z.string(),
  year: z.number().int(),
  title: z.string(),
  status: ReportStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const Part = z.object({
  key: PartKey,
  heading: z.string(),
  /** Lexical editor state as JSON text; null until the part is first edited. */
  contentJson: z.string().nullable(),
  plainText: z.string(),
  updatedAt: Timestamp,
});
export type Part = z.infer<typeof Part>;

export const Report = ReportSummary.extend({
  addressee: z.string(),
  signature: z.string(),
  /** 成文日期 as YYYY-MM-DD, or null while not set. */
  issuedOn: z.iso.date().nullable(),
  outlineVersion: z.string(),
  parts: z.array(Part),
});
export type Report = z.infer<typeof Report>;

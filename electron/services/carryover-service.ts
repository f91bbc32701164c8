import { fail, ok, type Result } from '../../shared/ipc/result';
import { partHeading, type Outline } from '../../shared/outline/outline';
import { markCarriedOver } from '../../shared/carryover/mark-carried-over';
import { suggestedReportTitle } from '../../shared/report/new-report-defaults';
import { blocksPlainText, partBlocks } from '../../shared/report/part-content';
import { ReportYear, type ReportSummary } from '../../shared/report/report';
import type { Store } from '../store/create-store';
import { reportMissing } from './report-missing';

export interface CarryoverServiceDeps {
  store: Store;
  now: () => Date;
  newId: () => string;
  /** The outline the new year's report is written to (its part headings name the new years). */
  outline: Outline;
}

export type CarryoverService = ReturnType<typeof createCarryoverService>;

/** The title's year is the report's own metadata, so it moves on; a title without it gets the usual one. */
function nextTitle(title: string, year: number, organizationName: string): string {
  const moved = title.replaceAll(`${year}年`, `${year + 1}年`);
  return moved !== title ? moved : suggestedReportTitle(organizationName, year + 1);
}

/** 新建：基于上一年度报告 — next year's report started from this year's words. */
export function createCarryoverService({ store, now, newId, outline }: CarryoverServiceDeps) {
  const { db, reports, organizations } = store;

  return {
    /**
     * A draft for the year after `previousId`'s, same organization, addressee and signature, with
     * every part's text copied and each paragraph marked 沿用待更新 until it is edited. Years in the
     * text are left alone: the clerk is offered each one (年份核对), since "比2023年增长" must stay.
     * Indicators are not copied: the indicators panel already shows last year's figures beside
     * this year's, and copying them would let last year's numbers pass as this year's.
     */
    createFromPrevious(previousId: string): Result<ReportSummary> {
      return db.transaction((): Result<ReportSummary> => {
        const source = reports.find(previousId);
        if (!source) return reportMissing('它可能已被永久删除');
        if (source.deletedAt) return fail('refused', '这份报告在回收站中。请先恢复它，再据此新建下一年度的报告。');
        const year = source.year + 1;
        const valid = ReportYear.safeParse(year);
        if (!valid.success) return fail('invalid-input', `${valid.error.issues[0]!.message}。`);
        const existing = reports
          .list(false)
          .find((report) => report.organizationName === source.organizationName && report.year === year);
        if (existing) {
          return fail(
            'refused',
            `${source.organizationName}已有${year}年度的报告《${existing.title}》。请直接打开它；确需重新开始，先把它移到回收站。`,
          );
        }
        const at = now().toISOString();
        const id = newId();
        const organization = organizations.findOrCreate(source.organizationName, newId, at);
        reports.insert(
          {
            id,
            organizationId: organization.id,
            year,
            title: nextTitle(source.title, source.year, source.organizationName),
            addressee: source.addressee,
            signature: source.signature,
            issuedOn: null,
            status: 'draft',
            outlineVersion: outline.version,
            createdAt: at,
          },
          outline.parts.map((part) => {
            const contentJson = markCarriedOver(
              source.parts.find((copied) => copied.key === part.key)?.contentJson ?? null,
            );
            return {
              key: part.key,
              heading: partHeading(part, year),
              contentJson,
              plainText: contentJson ? blocksPlainText(partBlocks(contentJson)) : '',
            };
          }),
        );
        return ok(reports.findSummary(id)!);
      })();
    },
  };
}

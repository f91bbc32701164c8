import { publicEditionRefusal, unreviewedPrivacy } from '../../shared/checks/privacy-review';
import type { Acknowledgement } from '../../shared/checks/acknowledgement';
import type { Finding } from '../../shared/checks/finding';
import { editionDocument } from '../../shared/export/edition-document';
import type { ExportDocument } from '../../shared/export/export-document';
import { exportFileName } from '../../shared/export/export-file-name';
import type { ExportOptions } from '../../shared/export/export-options';
import { FONT_PROFILES } from '../../shared/export/font-profiles';
import { fail, ok, type Result } from '../../shared/ipc/result-values';
import type { ExportMark } from '../../shared/status/export-mark';
import { buildDocx } from '../export/docx/build-docx';
import { ExportWriteError, writeFileSafely } from '../export/write-file-safely';

// The one export pipeline, for a stored report (export-service.ts) and a file (the command line):
// only what a file's export needs, so it loads neither the checks nor zod's schemas.

/** An export ready to be written: the page it shows and the name the save dialog offers. */
export interface PreparedExport {
  document: ExportDocument;
  sealed: boolean;
  fileName: string;
  /** What the export is — 报送版（已定稿）, 公开版（未经保密审查，非定稿）…; written into the file's properties. */
  mark?: ExportMark;
  /** 讨论稿 or 征求意见稿 on every page of an export that is not final. */
  draftMark?: string;
  /** The organization, as the file's author. */
  author: string;
}

/** A stored report or a file, as the one export pipeline takes it. */
export interface ExportSource {
  title: string;
  document: ExportDocument;
  findings: readonly Finding[];
  /** The privacy findings confirmed as fit to publish. */
  reviewed: readonly Pick<Acknowledgement, 'findingKey'>[];
  mark?: ExportMark;
  draftMark?: string;
  author: string;
  /** What the refusal tells the user to do, when it is not the app's 检查 panel. */
  privacyNextStep?: string;
}

/**
 * Checks that the edition may go out and lays it out: 公开版 waits until every possible
 * personal detail (the `privacy` findings) is fixed or confirmed as fit to publish.
 */
export function prepareExport(
  source: ExportSource,
  options: Pick<ExportOptions, 'edition' | 'sealed'>,
): Result<PreparedExport> {
  if (options.edition === 'public') {
    const refusal = publicEditionRefusal(unreviewedPrivacy(source.findings, source.reviewed), source.privacyNextStep);
    if (refusal) return fail('invalid-input', refusal);
  }
  const { document, sealed } = editionDocument(source.document, options);
  return ok({
    document,
    sealed,
    ...(source.mark && { mark: source.mark }),
    ...(source.draftMark && { draftMark: source.draftMark }),
    author: source.author,
    fileName: exportFileName(source.title, options.edition, source.draftMark),
  });
}

/** The prepared edition as a DOCX, or what `convert` makes of it (the command line's PDF). */
export async function exportBytes(
  prepared: PreparedExport,
  options: Pick<ExportOptions, 'profile' | 'boldLevel3'>,
  convert?: (docx: Buffer) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const docx = await buildDocx(prepared.document, {
    profile: FONT_PROFILES[options.profile],
    boldLevel3: options.boldLevel3,
    sealed: prepared.sealed,
    ...(prepared.mark && { description: prepared.mark.label }),
    draftMark: prepared.draftMark,
    author: prepared.author,
  });
  return convert ? convert(docx) : docx;
}

/** Writes the edition safely to `path` (the command line's --out). */
export async function writeExport(
  prepared: PreparedExport,
  options: Pick<ExportOptions, 'profile' | 'boldLevel3'>,
  path: string,
  convert?: (docx: Buffer) => Promise<Uint8Array>,
): Promise<Result<{ path: string }>> {
  try {
    await writeFileSafely(path, await exportBytes(prepared, options, convert));
  } catch (error) {
    if (error instanceof ExportWriteError) return fail('invalid-input', error.message);
    throw error;
  }
  return ok({ path });
}

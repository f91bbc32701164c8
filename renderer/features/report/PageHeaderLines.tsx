import { formatIssueDate } from '../../../shared/report/format-issue-date';
import { useStore } from '../../app/create-store';
import type { ReportHeaderStore } from './report-header-store';

// The header fields as the page shows them, live from the form. data-find-field names the line
// whose text 查找替换 highlights; each line's first text node is the field's text.

/** The title and, when there is one, the addressee line above the parts. */
export function PageHeaderLines({ header }: { header: ReportHeaderStore }) {
  const { title, addressee } = useStore(header.values);
  return (
    <>
      <h2 className="page-title" data-find-field="title">
        {title}
      </h2>
      {addressee && (
        <p className="addressee" data-find-field="addressee">
          {addressee}：
        </p>
      )}
    </>
  );
}

/** The signature and date below the parts, or where they go while not yet filled in. */
export function PageClosing({ header }: { header: ReportHeaderStore }) {
  const { signature, issuedOn } = useStore(header.values);
  return (
    <footer className="closing">
      <p data-find-field={signature ? 'signature' : undefined}>{signature || '（发文机关署名）'}</p>
      <p>{issuedOn ? formatIssueDate(issuedOn) : '（成文日期）'}</p>
    </footer>
  );
}

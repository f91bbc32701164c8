import { ReportHeader, type Report } from '../../../shared/report/report';
import { issueMessages } from '../../../shared/ipc/issue-messages';
import { call, errorMessage } from '../../api';
import { createStore, type Store } from '../../app/create-store';

/** The header fields as the form holds them; 成文日期 is '' while not set. */
export interface HeaderValues {
  title: string;
  addressee: string;
  signature: string;
  issuedOn: string;
}

export const headerValuesOf = (report: Report): HeaderValues => ({
  title: report.title,
  addressee: report.addressee,
  signature: report.signature,
  issuedOn: report.issuedOn ?? '',
});

const parseHeader = (values: HeaderValues) => ReportHeader.safeParse({ ...values, issuedOn: values.issuedOn || null });

export const sameHeaderValues = (a: HeaderValues, b: HeaderValues) =>
  a.title === b.title && a.addressee === b.addressee && a.signature === b.signature && a.issuedOn === b.issuedOn;

/**
 * The report's header as being edited, shared by the header form, the page that shows it and
 * 查找替换, which changes it too. Saves go one after another, so a field saved as it is left and
 * a 全部替换 clicked at once reach the service in the order they were made.
 */
export interface ReportHeaderStore {
  values: Store<HeaderValues>;
  error: Store<string | undefined>;
  /** Saves the values if they changed since the last save; the failure, if any, goes to `error`. */
  save(): Promise<void>;
}

export function createReportHeaderStore(
  reportId: string,
  initial: HeaderValues,
  onSaved: () => Promise<void>,
): ReportHeaderStore {
  const values = createStore(initial);
  const error = createStore<string | undefined>(undefined);
  let saved = initial;
  let queue = Promise.resolve();

  const saveOnce = async () => {
    const current = values.get();
    if (sameHeaderValues(current, saved)) return;
    const parsed = parseHeader(current);
    if (!parsed.success) return error.set(() => issueMessages(parsed.error));
    try {
      await call('reports:update-header', { id: reportId, ...parsed.data });
      saved = current;
      error.set(() => undefined);
      await onSaved();
    } catch (caught) {
      error.set(() => errorMessage(caught));
    }
  };

  return {
    values,
    error,
    save: () => (queue = queue.then(saveOnce)),
  };
}

/** Why these values cannot be saved, in the clerk's words; undefined when they can. */
export function headerProblem(values: HeaderValues): string | undefined {
  const parsed = parseHeader(values);
  return parsed.success ? undefined : issueMessages(parsed.error);
}

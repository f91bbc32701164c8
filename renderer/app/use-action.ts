import { useCallback, useState } from 'react';
import { errorMessage } from '../api';

export interface Action {
  /** The last failure in Chinese, shown where the action was; cleared when the action runs again. */
  error: string | undefined;
  busy: boolean;
  /** Runs `work` once; a failure becomes `error` (the clerk's text stays where it was). Resolves whether it succeeded. */
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  /** For a failure found before anything is sent, such as a form that does not parse. */
  setError: (message: string | undefined) => void;
}

/** A write to the services from a screen, beside useQuery for reads: busy while it runs, its failure said in Chinese. */
export function useAction(): Action {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      return true;
    } catch (caught) {
      setError(errorMessage(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { error, busy, run, setError };
}

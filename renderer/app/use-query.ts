import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api';

export interface Query<T> {
  data: T | undefined;
  error: string | undefined;
  reload: () => Promise<void>;
}

/** Loads data from the services, keeps the last good value while reloading, and reports failures in Chinese. */
export function useQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): Query<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  // The caller names what the load depends on, as with useEffect; `load` itself is new every render.
  const stableLoad = useCallback(load, deps);
  const reload = useCallback(async () => {
    try {
      setData(await stableLoad());
      setError(undefined);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [stableLoad]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}

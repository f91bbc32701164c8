import { useCallback, useEffect, useRef, useState } from 'react';
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
  // `load` is new every render: keep the latest, and load again when the caller's deps change (as with useEffect).
  const latest = useRef(load);
  latest.current = load;
  const generation = useGeneration(deps);
  const reload = useCallback(async () => {
    try {
      setData(await latest.current());
      setError(undefined);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload, generation]);
  return { data, error, reload };
}

/** A number that grows whenever one of `deps` changes (compared with Object.is, as React compares deps). */
function useGeneration(deps: readonly unknown[]): number {
  const seen = useRef({ deps, generation: 0 });
  const previous = seen.current.deps;
  if (deps.length !== previous.length || deps.some((dep, index) => !Object.is(dep, previous[index]))) {
    seen.current = { deps, generation: seen.current.generation + 1 };
  }
  return seen.current.generation;
}

import { useRef, useState } from 'react';
import type { BatchReviewEntry } from '../../../shared/batch-review/batch-review-entry';
import { call, errorMessage } from '../../api';
import { batchUpload } from './batch-upload';

export interface BatchProgress {
  done: number;
  total: number;
  current: string;
  running: boolean;
  cancelled: boolean;
}

/**
 * Sends picked files to the batch one per request, so each row appears as soon as it is read
 * and the window stays responsive; 取消 stops before the next file.
 */
export function useBatchUpload(batchId: number | undefined, onEntry: (entry: BatchReviewEntry) => void) {
  const queue = useRef<File[]>([]);
  const running = useRef(false);
  const cancelled = useRef(false);
  const [progress, setProgress] = useState<BatchProgress>();
  const [failures, setFailures] = useState<string[]>([]);

  async function run(id: number) {
    cancelled.current = false;
    let done = 0;
    while (queue.current.length && !cancelled.current) {
      const file = queue.current.shift()!;
      setProgress({
        done,
        total: done + queue.current.length + 1,
        current: file.name,
        running: true,
        cancelled: false,
      });
      try {
        onEntry(await call('batch-review:add-file', { batchId: id, file: await batchUpload(file) }));
      } catch (error) {
        setFailures((list) => [...list, `${file.name}：${errorMessage(error)}`]);
      }
      done++;
    }
    const left = queue.current.length;
    queue.current = [];
    running.current = false;
    setProgress({ done, total: done + left, current: '', running: false, cancelled: cancelled.current });
  }

  return {
    progress,
    failures,
    add(file: File) {
      if (batchId === undefined) return;
      queue.current.push(file);
      if (running.current) return;
      running.current = true;
      setFailures([]);
      // After the chooser's other files have been queued, so the count shows all of them at once.
      setTimeout(() => void run(batchId));
    },
    cancel() {
      cancelled.current = true;
    },
  };
}

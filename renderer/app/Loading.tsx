import { Suspense, type ReactNode } from 'react';

/** Around a part of the window whose code is loaded when first shown: says so while it loads. */
export function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="screen-loading">正在打开…</p>}>{children}</Suspense>;
}

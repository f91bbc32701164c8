const formatter = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A stored ISO timestamp in the clerk's local time, e.g. 2025/01/07 14:32. */
export function formatDateTime(iso: string): string {
  return formatter.format(new Date(iso));
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A stored ISO timestamp in the clerk's local time, e.g. 2025/01/07 14:32 (what zh-CN's
 * Intl.DateTimeFormat prints). Built by hand: creating that formatter costs the library screen
 * ~10 ms of an old PC's start-up, for a fixed pattern.
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}/${pad(date.getMonth() + 1)}/${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
